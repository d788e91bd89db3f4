package com.feedbackdesk.application.ticket.port.out;

import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hands out ticket numbers and remembers which ticket each was given to. Numbers are unique across
 * concurrent callers, restarts and instances, and never handed out twice (a number whose submission
 * then fails stays unused: a gap, never a duplicate).
 */
public interface TicketNumberPort {

  /** The next number of the day (business time zone), recorded as belonging to the ticket. */
  TicketNumber allocate(LocalDate day, TicketId ticket);

  /** The ticket a number was allocated to. */
  Optional<TicketId> find(TicketNumber number);
}
