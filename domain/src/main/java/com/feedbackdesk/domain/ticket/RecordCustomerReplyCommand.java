package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record what the customer wrote. */
public record RecordCustomerReplyCommand(
    @TargetAggregateIdentifier TicketId ticketId, String message, Actor actor, Instant at)
    implements TicketCommand {

  public RecordCustomerReplyCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("message", message, TextLimits.MESSAGE);
  }
}
