package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The handler carried the application out.
 *
 * @param amount what the customer receives (a refund), or null
 */
public record CompleteAfterSalesCommand(
    @TargetAggregateIdentifier ApplicationId applicationId,
    ResolutionType outcome,
    String summary,
    Money amount,
    Actor actor,
    Instant at)
    implements AfterSalesCommand {

  public CompleteAfterSalesCommand {
    Values.required("applicationId", applicationId);
    Values.required("outcome", outcome);
    Values.required("actor", actor);
    Values.required("at", at);
    summary = Values.requiredText("summary", summary, TextLimits.SUMMARY);
  }
}
