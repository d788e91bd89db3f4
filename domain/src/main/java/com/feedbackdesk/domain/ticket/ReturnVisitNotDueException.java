package com.feedbackdesk.domain.ticket;

/** A return visit is recorded once per resolution, and only after one. */
public class ReturnVisitNotDueException extends TicketRuleViolationException {

  public ReturnVisitNotDueException(TicketId ticketId) {
    super(
        ticketId,
        "ticket "
            + ticketId
            + " has no return visit due: it is made once after each resolution, and this one's"
            + " was recorded already or the ticket was reopened");
  }
}
