package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;

/** Something that happened to an improvement project. Like ticket events, facts that never fail. */
public sealed interface ImprovementEvent
    permits ImprovementProjectRaised,
        ImprovementProjectStarted,
        ImprovementProgressRecorded,
        ImprovementProjectCompleted {

  ImprovementProjectId projectId();

  Actor actor();

  Instant at();

  <R> R accept(ImprovementEventVisitor<R> visitor);
}
