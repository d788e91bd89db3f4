package com.feedbackdesk.domain.ticket;

/**
 * What a customer said their feedback is, when they submitted it themselves: kept as their view,
 * never taken as the classification (the keyword rules and then staff classify; the supervisor
 * decides). Any part may be missing.
 */
public record CustomerView(TicketType type, Category category, Priority priority) {

  /** The view of a submission that named any part, or null when it named none. */
  public static CustomerView ofParts(TicketType type, Category category, Priority priority) {
    return type == null && category == null && priority == null
        ? null
        : new CustomerView(type, category, priority);
  }
}
