package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The customer's answer to "is your problem solved, and how satisfied are you?". A customer who
 * says it is solved must say how satisfied they are; one who says it is not may leave satisfaction
 * out, which counts as unsatisfied.
 */
public record RecordCustomerConfirmationCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    boolean resolved,
    Satisfaction satisfaction,
    String comment,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public RecordCustomerConfirmationCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    comment = Values.optionalText("comment", Values.blankToNull(comment), TextLimits.REASON);
    if (resolved && satisfaction == null) {
      throw new InvalidValueException(
          "satisfaction", "a customer who confirms the problem is solved must rate satisfaction");
    }
    if (!resolved && satisfaction == null) {
      satisfaction = Satisfaction.UNSATISFIED;
    }
  }

  /** Whether the customer accepts the result, so that the ticket can close. */
  public boolean acceptsResult() {
    return resolved && satisfaction.acceptsResult();
  }
}
