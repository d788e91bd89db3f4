package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer said whether the problem is solved and how satisfied they are (结果确认). */
@Revision("1")
public record CustomerConfirmationRecorded(
    TicketId ticketId,
    boolean resolved,
    Satisfaction satisfaction,
    String comment,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
