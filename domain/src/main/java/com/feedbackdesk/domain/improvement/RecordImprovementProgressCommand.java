package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Notes the progress of a project in progress. */
public record RecordImprovementProgressCommand(
    @TargetAggregateIdentifier ImprovementProjectId projectId,
    String note,
    Actor actor,
    Instant at) {

  public RecordImprovementProgressCommand {
    Values.required("projectId", projectId);
    note = Values.requiredText("note", note, TextLimits.MESSAGE);
    Values.required("actor", actor);
    Values.required("at", at);
  }
}
