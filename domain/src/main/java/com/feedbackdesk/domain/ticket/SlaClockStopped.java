package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A clock stopped for good: met, breached (stopped after its limit) or cancelled (no longer
 * applies).
 */
@Revision("1")
public record SlaClockStopped(
    TicketId ticketId,
    SlaClockKind clock,
    int run,
    SlaOutcome outcome,
    Duration elapsed,
    Actor actor,
    Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
