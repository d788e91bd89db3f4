package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A note on the project's progress. */
@Revision("1")
public record ImprovementProgressRecorded(
    ImprovementProjectId projectId, String note, Actor actor, Instant at)
    implements ImprovementEvent {

  @Override
  public <R> R accept(ImprovementEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
