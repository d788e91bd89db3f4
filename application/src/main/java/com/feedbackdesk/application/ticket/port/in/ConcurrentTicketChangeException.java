package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.domain.ticket.TicketId;

/**
 * Someone else changed the ticket at the same moment (or created it, for a submission racing a
 * retry of itself), so this command was not applied. Reading the ticket again and retrying is safe.
 */
public class ConcurrentTicketChangeException extends RuntimeException {

  private final transient TicketId ticket;

  public ConcurrentTicketChangeException(TicketId ticket, Throwable cause) {
    super("ticket " + ticket + " was changed concurrently", cause);
    this.ticket = ticket;
  }

  public TicketId ticket() {
    return ticket;
  }
}
