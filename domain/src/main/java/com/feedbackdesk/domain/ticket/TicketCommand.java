package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;

/**
 * An instruction to one ticket. The caller supplies who gives it and when, so the domain never
 * reads a clock of its own.
 */
public interface TicketCommand {

  TicketId ticketId();

  Actor actor();

  Instant at();
}
