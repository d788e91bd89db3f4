package com.feedbackdesk.application.notification.model;

import java.util.List;

/** A page of a customer's inbox, newest first, with how many of all their messages are unread. */
public record InboxPage(List<InboxMessage> items, int page, int size, long total, long unread) {

  public InboxPage {
    items = List.copyOf(items);
  }
}
