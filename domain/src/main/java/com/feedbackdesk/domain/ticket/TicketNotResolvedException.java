package com.feedbackdesk.domain.ticket;

/**
 * Only a resolved ticket can be confirmed by the customer, and only a resolved or closed one
 * reopened.
 */
public class TicketNotResolvedException extends TicketRuleViolationException {

  public TicketNotResolvedException(TicketId ticketId, TicketStatus status, TicketAction action) {
    super(
        ticketId,
        "ticket " + ticketId + " is " + status + ", not resolved: cannot " + describe(action));
  }
}
