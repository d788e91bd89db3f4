package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record how the case was settled. {@code amount} is what the customer receives (refund,
 * compensation), {@code cost} what the case cost the company; both optional.
 */
public record ResolveTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    ResolutionType resolutionType,
    String summary,
    Money amount,
    Money cost,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public ResolveTicketCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.required("resolutionType", resolutionType);
    Values.requiredText("summary", summary, TextLimits.SUMMARY);
  }
}
