package com.feedbackdesk.domain.ticket;

/** A closed ticket takes no more work; it can only be reopened. */
public class TicketAlreadyClosedException extends TicketRuleViolationException {

  public TicketAlreadyClosedException(TicketId ticketId, TicketAction action) {
    super(
        ticketId,
        "ticket " + ticketId + " is closed: cannot " + describe(action) + "; reopen it first");
  }
}
