package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a raised project on: who owns it, who leads it, and the plan. */
public record StartImprovementProjectCommand(
    @TargetAggregateIdentifier ImprovementProjectId projectId,
    Department owner,
    String lead,
    String plan,
    Actor actor,
    Instant at) {

  public StartImprovementProjectCommand {
    Values.required("projectId", projectId);
    Values.required("owner", owner);
    lead = Values.requiredText("lead", lead, TextLimits.PERSON);
    plan = Values.requiredText("plan", plan, TextLimits.SUMMARY);
    Values.required("actor", actor);
    Values.required("at", at);
  }
}
