package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A running clock reached its policy's reminder share without being stopped; the deadline named
 * wakes the ticket when it falls due.
 */
@Revision("1")
public record SlaReminderRaised(
    TicketId ticketId,
    SlaClockKind clock,
    int run,
    Instant dueAt,
    String deadlineId,
    Actor actor,
    Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
