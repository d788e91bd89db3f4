package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The customer has not confirmed the result and the ticket will close by itself at {@code
 * closesAt}: the moment to tell them so and ask once more for their verdict.
 */
@Revision("1")
public record TicketClosureAnnounced(TicketId ticketId, Instant closesAt, Actor actor, Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
