package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.sla.SlaTarget;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Extend the limit of one of the ticket's clocks for a complex case (complaint plan 4.1.4: to at
 * most 30 business days), approved by the actor, a supervisor or director, for a stated reason.
 */
public record ExtendSlaClockCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    SlaClockKind clock,
    SlaTarget target,
    String reason,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public ExtendSlaClockCommand {
    Values.required("ticketId", ticketId);
    Values.required("clock", clock);
    Values.required("target", target);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("reason", reason, TextLimits.REASON);
  }
}
