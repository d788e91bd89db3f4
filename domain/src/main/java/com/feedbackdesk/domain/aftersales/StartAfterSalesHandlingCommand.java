package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A handler takes the accepted application on. */
public record StartAfterSalesHandlingCommand(
    @TargetAggregateIdentifier ApplicationId applicationId, String handler, Actor actor, Instant at)
    implements AfterSalesCommand {

  public StartAfterSalesHandlingCommand {
    Values.required("applicationId", applicationId);
    Values.required("actor", actor);
    Values.required("at", at);
    handler = Values.requiredText("handler", handler, TextLimits.PERSON);
  }
}
