package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The handler accepts the assigned ticket (接单) and records a first plan. */
public record AcceptTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    String assignee,
    String plan,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public AcceptTicketCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("assignee", assignee, TextLimits.PERSON);
    Values.requiredText("plan", plan, TextLimits.SUMMARY);
  }
}
