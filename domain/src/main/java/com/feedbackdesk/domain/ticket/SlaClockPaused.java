package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A running clock stopped counting (the ticket awaits the customer); {@code elapsed} is the time of
 * its basis counted so far.
 */
@Revision("1")
public record SlaClockPaused(
    TicketId ticketId, SlaClockKind clock, int run, Duration elapsed, Actor actor, Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
