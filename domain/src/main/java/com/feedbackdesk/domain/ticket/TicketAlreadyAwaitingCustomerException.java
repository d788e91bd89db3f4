package com.feedbackdesk.domain.ticket;

/** A ticket already waiting for the customer's answer cannot ask again before it arrives. */
public class TicketAlreadyAwaitingCustomerException extends TicketRuleViolationException {

  public TicketAlreadyAwaitingCustomerException(TicketId ticketId) {
    super(ticketId, "ticket " + ticketId + " is already awaiting the customer's answer");
  }
}
