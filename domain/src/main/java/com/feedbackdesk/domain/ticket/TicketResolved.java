package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The handler settled the case (处理结果): how, a summary, the amount granted to the customer and what
 * it cost.
 */
@Revision("1")
public record TicketResolved(
    TicketId ticketId,
    ResolutionType resolutionType,
    String summary,
    Money amount,
    Money cost,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
