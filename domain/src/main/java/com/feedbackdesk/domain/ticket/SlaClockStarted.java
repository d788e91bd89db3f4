package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A clock started: its limit under the policy and calendar named, when it falls due and when its
 * reminder comes (null: none). {@code deadlineId} names the durable deadline that wakes the ticket
 * at the next of the two.
 */
@Revision("1")
public record SlaClockStarted(
    TicketId ticketId,
    SlaClockKind clock,
    int run,
    VersionRef policy,
    VersionRef calendar,
    SlaTarget target,
    Duration budget,
    Instant dueAt,
    Instant remindAt,
    String deadlineId,
    Actor actor,
    Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
