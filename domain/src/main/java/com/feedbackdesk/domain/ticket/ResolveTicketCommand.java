package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record how the case was settled. {@code amount} is what the customer receives (refund,
 * compensation), {@code cost} what the case cost the company; {@code responsibility} who was
 * responsible and {@code improvements} what changes because of the case, both told to the customer
 * in the result message. All four optional.
 */
public record ResolveTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    ResolutionType resolutionType,
    String summary,
    Money amount,
    Money cost,
    String responsibility,
    String improvements,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public ResolveTicketCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.required("resolutionType", resolutionType);
    Values.requiredText("summary", summary, TextLimits.SUMMARY);
    responsibility =
        Values.optionalText(
            "responsibility", Values.blankToNull(responsibility), TextLimits.REASON);
    improvements =
        Values.optionalText("improvements", Values.blankToNull(improvements), TextLimits.SUMMARY);
  }

  /** A resolution that names no responsibility and no improvements. */
  public ResolveTicketCommand(
      TicketId ticketId,
      ResolutionType resolutionType,
      String summary,
      Money amount,
      Money cost,
      Actor actor,
      Instant at) {
    this(ticketId, resolutionType, summary, amount, cost, null, null, actor, at);
  }
}
