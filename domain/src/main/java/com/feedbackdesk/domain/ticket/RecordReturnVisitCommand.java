package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the return visit's outcome. A customer who was reached says whether they are still
 * satisfied; one who was not reached says nothing, so {@code stillSatisfied} must then be absent.
 */
public record RecordReturnVisitCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    boolean reached,
    ContactChannel channel,
    Boolean stillSatisfied,
    String note,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public RecordReturnVisitCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.required("channel", channel);
    note = Values.optionalText("note", Values.blankToNull(note), TextLimits.REASON);
    if (reached && stillSatisfied == null) {
      throw new InvalidValueException(
          "stillSatisfied", "a customer who was reached says whether they are still satisfied");
    }
    if (!reached && stillSatisfied != null) {
      throw new InvalidValueException(
          "stillSatisfied",
          "a customer who was not reached cannot have said how satisfied they are");
    }
  }

  /** Whether the customer is no longer satisfied, so that the ticket must be reopened. */
  public boolean dissatisfied() {
    return reached && !stillSatisfied;
  }
}
