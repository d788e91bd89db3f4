package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A running clock passed its limit. The escalation it causes, if any, is the TicketEscalated that
 * follows.
 */
@Revision("1")
public record SlaBreached(
    TicketId ticketId, SlaClockKind clock, int run, Instant dueAt, Actor actor, Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
