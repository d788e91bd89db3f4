package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A paused clock counts again (the customer replied), due when what was left of its limit has
 * passed.
 */
@Revision("1")
public record SlaClockResumed(
    TicketId ticketId,
    SlaClockKind clock,
    int run,
    Instant dueAt,
    Instant remindAt,
    String deadlineId,
    Actor actor,
    Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
