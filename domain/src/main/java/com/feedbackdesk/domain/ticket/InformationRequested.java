package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Staff asked the customer for more information; the ticket waits for the answer. */
@Revision("1")
public record InformationRequested(TicketId ticketId, String message, Actor actor, Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
