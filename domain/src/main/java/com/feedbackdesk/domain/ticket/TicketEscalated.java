package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The ticket was escalated from one level to a higher one (handler → supervisor → director). */
@Revision("1")
public record TicketEscalated(
    TicketId ticketId,
    EscalationLevel from,
    EscalationLevel to,
    String reason,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
