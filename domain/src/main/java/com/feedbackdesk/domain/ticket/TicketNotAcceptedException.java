package com.feedbackdesk.domain.ticket;

/** Nobody can ask the customer for information or resolve a ticket that no handler has accepted. */
public class TicketNotAcceptedException extends TicketRuleViolationException {

  public TicketNotAcceptedException(TicketId ticketId, TicketStatus status, TicketAction action) {
    super(
        ticketId,
        "ticket "
            + ticketId
            + " is "
            + status
            + " and has not been accepted by a handler: cannot "
            + describe(action));
  }
}
