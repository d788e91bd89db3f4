package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Measure an open ticket's open clocks by the active policy version and the current calendar
 * versions from now on, after an activation or a calendar change. What the clocks counted before
 * stays; a ticket already measured by them is left as it is.
 */
public record ApplySlaRulesCommand(
    @TargetAggregateIdentifier TicketId ticketId, Actor actor, Instant at)
    implements TicketCommand {

  public ApplySlaRulesCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
  }
}
