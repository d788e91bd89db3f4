package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Department;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The project was taken on: the department that owns it, the person who leads it, and the plan. */
@Revision("1")
public record ImprovementProjectStarted(
    ImprovementProjectId projectId,
    Department owner,
    String lead,
    String plan,
    Actor actor,
    Instant at)
    implements ImprovementEvent {

  @Override
  public <R> R accept(ImprovementEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
