package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Raises the improvement project of a month's hot spot; its id is the hot spot's. */
public record RaiseImprovementProjectCommand(
    @TargetAggregateIdentifier ImprovementProjectId projectId,
    YearMonth month,
    ImprovementSubject subject,
    String subjectKey,
    String subjectLabel,
    long tickets,
    double share,
    double threshold,
    LocalDate dueOn,
    Actor actor,
    Instant at) {

  public RaiseImprovementProjectCommand {
    Values.required("projectId", projectId);
    Values.required("month", month);
    Values.required("subject", subject);
    Values.required("subjectKey", subjectKey);
    Values.required("dueOn", dueOn);
    Values.required("actor", actor);
    Values.required("at", at);
    if (!projectId.equals(ImprovementProjectId.forHotSpot(month, subject, subjectKey))) {
      throw new InvalidValueException(
          "projectId",
          projectId + " is not the id of the hot spot " + month + " " + subject + " " + subjectKey);
    }
  }
}
