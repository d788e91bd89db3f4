package com.feedbackdesk.application.projection;

import java.time.Duration;
import java.time.Instant;

/**
 * How a rebuild of a projection goes: it folds the whole history into a new generation of the read
 * model while the live one keeps answering, then stops the live processor, folds what came in
 * meanwhile, hands the processor its position and activates the new generation.
 *
 * @param headAtStart the store's head when it started: what "done" is measured against
 * @param position the global position of the last event folded
 * @param eventsPerSecond the events folded per second so far
 * @param estimatedLeft the time left at that rate to the head at start, or null before any event
 * @param generation the collection being filled
 * @param failure why it failed, or null
 */
public record RebuildProgress(
    String id,
    String projection,
    State state,
    long eventsDone,
    long headAtStart,
    long position,
    double eventsPerSecond,
    Duration estimatedLeft,
    String generation,
    Instant startedAt,
    Instant finishedAt,
    String failure) {

  public enum State {
    /** folding the history while the live generation answers */
    RUNNING,
    /** the live processor is stopped while the last events are folded and it is handed over */
    TAKING_OVER,
    /** the new generation answers and the live processor continues from where the rebuild ended */
    COMPLETED,
    /** nothing changed for readers: the live generation still answers */
    FAILED
  }

  /** The share of the history at start folded, 0 to 1. */
  public double done() {
    return headAtStart <= 0
        ? 1
        : Math.min(1, Math.max(0, (double) (position + 1) / (headAtStart + 1)));
  }
}
