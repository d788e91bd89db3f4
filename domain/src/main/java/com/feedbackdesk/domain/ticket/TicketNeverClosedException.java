package com.feedbackdesk.domain.ticket;

/** A verdict on how a ticket was closed was given for a ticket that has never been closed. */
public class TicketNeverClosedException extends TicketRuleViolationException {

  public TicketNeverClosedException(TicketId ticketId) {
    super(
        ticketId,
        "ticket "
            + ticketId
            + " has never been closed, so there is no closed classification to review");
  }
}
