package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Staff made the return visit (回访) after the resolution: whether they reached the customer, through
 * which channel, and whether the customer is still satisfied (null when not reached).
 */
@Revision("1")
public record ReturnVisitRecorded(
    TicketId ticketId,
    boolean reached,
    ContactChannel channel,
    Boolean stillSatisfied,
    String note,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
