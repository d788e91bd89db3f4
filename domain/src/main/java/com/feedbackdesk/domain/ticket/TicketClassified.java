package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A person confirmed or corrected the ticket's classification. */
@Revision("1")
public record TicketClassified(
    TicketId ticketId,
    Classification previous,
    Classification classification,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
