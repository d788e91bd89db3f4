package com.feedbackdesk.domain.ticket;

/** Where a ticket stands in its lifecycle; {@link TicketLifecycle} says what may happen next. */
public enum TicketStatus {
  SUBMITTED,
  ASSIGNED,
  IN_PROGRESS,
  AWAITING_CUSTOMER,
  RESOLVED,
  CLOSED
}
