package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An open clock's limit changed: the priority changed, another policy or calendar version now
 * governs it, or a supervisor or director extended it (then the actor is who approved it and the
 * note why). {@code elapsed} is what had counted by then; dueAt and remindAt are null while the
 * clock is paused.
 */
@Revision("1")
public record SlaClockRetargeted(
    TicketId ticketId,
    SlaClockKind clock,
    int run,
    SlaRetargetCause cause,
    VersionRef policy,
    VersionRef calendar,
    SlaTarget target,
    Duration budget,
    Duration elapsed,
    Instant dueAt,
    Instant remindAt,
    String deadlineId,
    String note,
    Actor actor,
    Instant at)
    implements SlaEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
