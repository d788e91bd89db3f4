package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send a message to the customer. */
public record ReplyToCustomerCommand(
    @TargetAggregateIdentifier TicketId ticketId, String message, Actor actor, Instant at)
    implements TicketCommand {

  public ReplyToCustomerCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("message", message, TextLimits.MESSAGE);
  }
}
