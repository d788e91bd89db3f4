package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;

/**
 * A read model was offered a ticket under a number another ticket already has. Numbers are unique
 * by construction ({@link com.feedbackdesk.application.ticket.port.out.TicketNumberPort}), so this
 * is a broken invariant, never a duplicate delivery: the projection stops on it rather than
 * dropping the ticket.
 */
public final class TicketNumberTakenException extends IllegalStateException {

  public TicketNumberTakenException(TicketNumber number, TicketId ticket) {
    super("ticket number " + number.value() + " is taken by another ticket than " + ticket);
  }
}
