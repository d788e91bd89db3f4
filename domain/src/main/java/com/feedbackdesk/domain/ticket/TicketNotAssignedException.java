package com.feedbackdesk.domain.ticket;

/** A ticket must be assigned before a handler can accept it. */
public class TicketNotAssignedException extends TicketRuleViolationException {

  public TicketNotAssignedException(TicketId ticketId, TicketAction action) {
    super(ticketId, "ticket " + ticketId + " is not assigned yet: cannot " + describe(action));
  }
}
