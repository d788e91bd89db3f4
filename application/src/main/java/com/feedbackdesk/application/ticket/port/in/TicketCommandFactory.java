package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.TicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;

/**
 * Builds the command once the service knows which ticket is meant, who acts (the caller) and what
 * time it is.
 */
@FunctionalInterface
public interface TicketCommandFactory {

  TicketCommand create(TicketId ticket, Actor actor, Instant now);
}
