package com.feedbackdesk.application.notification.model;

import java.util.Objects;

/**
 * Who a message is for and where it goes: a customer (by their customer id, or their contact when
 * they have none), a member of staff by staff id, or a webhook subscription by its id.
 *
 * @param address the e-mail address, phone number, customer id (in-app) or URL it is delivered to
 */
public record Recipient(Kind kind, String id, String name, String address) {

  public enum Kind {
    CUSTOMER,
    STAFF,
    SUBSCRIBER
  }

  public Recipient {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
