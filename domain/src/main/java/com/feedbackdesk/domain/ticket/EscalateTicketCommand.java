package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Escalate the ticket to a higher level, for a stated reason. Without a level it goes one level up
 * from where it is.
 */
public record EscalateTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    EscalationLevel level,
    String reason,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public EscalateTicketCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("reason", reason, TextLimits.REASON);
  }
}
