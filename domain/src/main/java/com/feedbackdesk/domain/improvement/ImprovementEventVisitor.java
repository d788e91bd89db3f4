package com.feedbackdesk.domain.improvement;

/** A fold over improvement project events: one method per kind (docs/adr/0013). */
public interface ImprovementEventVisitor<R> {

  R on(ImprovementProjectRaised event);

  R on(ImprovementProjectStarted event);

  R on(ImprovementProgressRecorded event);

  R on(ImprovementProjectCompleted event);
}
