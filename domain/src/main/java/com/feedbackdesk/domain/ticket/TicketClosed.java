package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The ticket was closed with its handling summary (处理总结) after the customer accepted the result.
 */
@Revision("1")
public record TicketClosed(TicketId ticketId, String handlingSummary, Actor actor, Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
