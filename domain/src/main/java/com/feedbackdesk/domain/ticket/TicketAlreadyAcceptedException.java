package com.feedbackdesk.domain.ticket;

/** A ticket is accepted once per assignment; reassign it to hand it to someone else. */
public class TicketAlreadyAcceptedException extends TicketRuleViolationException {

  public TicketAlreadyAcceptedException(TicketId ticketId, TicketStatus status) {
    super(ticketId, "ticket " + ticketId + " was already accepted and is " + status);
  }
}
