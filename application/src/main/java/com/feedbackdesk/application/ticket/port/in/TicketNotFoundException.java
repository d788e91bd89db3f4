package com.feedbackdesk.application.ticket.port.in;

/** No ticket has this id or number. */
public class TicketNotFoundException extends RuntimeException {

  public TicketNotFoundException(TicketReference reference) {
    super("there is no ticket " + reference);
  }

  /** The ticket exists now but did not at {@code asOf}. */
  public TicketNotFoundException(TicketReference reference, java.time.Instant asOf) {
    super("there was no ticket " + reference + " yet at " + asOf);
  }
}
