package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person decides an application the rules referred to them, giving the reason. */
public record ReviewApplicationCommand(
    @TargetAggregateIdentifier ApplicationId applicationId,
    ReviewDecision decision,
    String note,
    Actor actor,
    Instant at)
    implements AfterSalesCommand {

  public ReviewApplicationCommand {
    Values.required("applicationId", applicationId);
    Values.required("decision", decision);
    Values.required("actor", actor);
    Values.required("at", at);
    if (decision == ReviewDecision.REFERRED) {
      throw new InvalidValueException("decision", "a person accepts or rejects");
    }
    note = Values.requiredText("note", note, TextLimits.REASON);
  }
}
