package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.sla.VersionRef;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * This SLA policy version governs the ticket from now on: recorded at registration, and again when
 * an activated version takes over an open ticket (its open clocks are retargeted next).
 */
@Revision("1")
public record SlaPolicyApplied(TicketId ticketId, VersionRef policy, Actor actor, Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
