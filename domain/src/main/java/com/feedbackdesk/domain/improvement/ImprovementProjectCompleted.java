package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The project was completed, with what it changed. */
@Revision("1")
public record ImprovementProjectCompleted(
    ImprovementProjectId projectId, String outcome, Actor actor, Instant at)
    implements ImprovementEvent {

  @Override
  public <R> R accept(ImprovementEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
