package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person confirms or corrects the classification (人工确认). Parts left null stay as they are, so a
 * command with no parts at all confirms the current classification.
 */
public record ClassifyTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    TicketType type,
    Category category,
    Priority priority,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public ClassifyTicketCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
  }
}
