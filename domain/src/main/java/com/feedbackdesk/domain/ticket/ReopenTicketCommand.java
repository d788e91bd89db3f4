package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a resolved or closed ticket, for a stated reason. */
public record ReopenTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId, String reason, Actor actor, Instant at)
    implements TicketCommand {

  public ReopenTicketCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("reason", reason, TextLimits.REASON);
  }
}
