package com.feedbackdesk.application.ticket.view;

import java.util.List;

/** One page of the work queue and how many tickets match in all. */
public record TicketPage(List<TicketSummary> items, int page, int size, long total) {

  public TicketPage {
    items = List.copyOf(items);
  }
}
