package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.domain.ticket.TicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;

/** Builds the command once the service knows which ticket is meant and what time it is. */
@FunctionalInterface
public interface TicketCommandFactory {

  TicketCommand create(TicketId ticket, Instant now);
}
