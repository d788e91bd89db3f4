package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A handler accepted the ticket (接单) with a first plan. */
@Revision("1")
public record TicketAccepted(
    TicketId ticketId, String assignee, String plan, Actor actor, Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
