package com.feedbackdesk.domain.ticket;

/**
 * A resolved ticket waits for the customer's confirmation; work on it resumes only when it is
 * reopened.
 */
public class TicketAlreadyResolvedException extends TicketRuleViolationException {

  public TicketAlreadyResolvedException(TicketId ticketId, TicketAction action) {
    super(
        ticketId,
        "ticket " + ticketId + " is resolved: cannot " + describe(action) + "; reopen it first");
  }
}
