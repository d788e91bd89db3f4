package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a note only staff can see. */
public record AddInternalNoteCommand(
    @TargetAggregateIdentifier TicketId ticketId, String message, Actor actor, Instant at)
    implements TicketCommand {

  public AddInternalNoteCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("message", message, TextLimits.MESSAGE);
  }
}
