package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A resolved or closed ticket was reopened; {@code reopenCount} counts how often this ticket has
 * been.
 */
@Revision("1")
public record TicketReopened(
    TicketId ticketId, String reason, int reopenCount, Actor actor, Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
