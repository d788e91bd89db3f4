package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the customer for more information; the resolution clock waits for the answer. */
public record RequestInformationCommand(
    @TargetAggregateIdentifier TicketId ticketId, String message, Actor actor, Instant at)
    implements TicketCommand {

  public RequestInformationCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("message", message, TextLimits.MESSAGE);
  }
}
