package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer withdraws the application (the reason is optional). */
public record WithdrawApplicationCommand(
    @TargetAggregateIdentifier ApplicationId applicationId, String reason, Actor actor, Instant at)
    implements AfterSalesCommand {

  public WithdrawApplicationCommand {
    Values.required("applicationId", applicationId);
    Values.required("actor", actor);
    Values.required("at", at);
    reason = Values.optionalText("reason", Values.blankToNull(reason), TextLimits.REASON);
  }
}
