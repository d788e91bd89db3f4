package com.feedbackdesk.application.ticket.port.in;

/** No ticket has this id or number. */
public class TicketNotFoundException extends RuntimeException {

  public TicketNotFoundException(TicketReference reference) {
    super("there is no ticket " + reference);
  }
}
