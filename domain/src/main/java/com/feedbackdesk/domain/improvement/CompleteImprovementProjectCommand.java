package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes a project in progress, stating what it changed. */
public record CompleteImprovementProjectCommand(
    @TargetAggregateIdentifier ImprovementProjectId projectId,
    String outcome,
    Actor actor,
    Instant at) {

  public CompleteImprovementProjectCommand {
    Values.required("projectId", projectId);
    outcome = Values.requiredText("outcome", outcome, TextLimits.SUMMARY);
    Values.required("actor", actor);
    Values.required("at", at);
  }
}
