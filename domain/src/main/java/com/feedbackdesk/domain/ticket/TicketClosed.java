package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The ticket was closed with its handling summary (处理总结): after the customer accepted the result,
 * or by timeout when they never answered.
 *
 * <p>Revision 2 added {@code reason}; every revision 1 event was a customer's acceptance, and reads
 * as one.
 */
@Revision("2")
public record TicketClosed(
    TicketId ticketId, String handlingSummary, ClosureReason reason, Actor actor, Instant at)
    implements TicketEvent {

  public TicketClosed {
    if (reason == null) {
      reason = ClosureReason.CONFIRMED_BY_CUSTOMER;
    }
  }

  /** Closed because the customer accepted the result. */
  public TicketClosed(TicketId ticketId, String handlingSummary, Actor actor, Instant at) {
    this(ticketId, handlingSummary, ClosureReason.CONFIRMED_BY_CUSTOMER, actor, at);
  }

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
