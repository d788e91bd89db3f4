package com.feedbackdesk.bootstrap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Where the event store's head is, and how far a tracking processor has come. */
public final class ProcessorPositions {

  private ProcessorPositions() {}

  /** The global position of the newest event stored, or -1 when there is none. */
  public static long head(EventStore events) {
    var token = events.createHeadToken();
    return token == null ? -1 : token.position().orElse(-1);
  }

  /**
   * The position the processor has handled every event up to: the least of its segments', or -1
   * when it has none (not started, or no such processor).
   */
  public static long position(EventProcessingConfiguration processing, String name) {
    return processing
        .eventProcessor(name, TrackingEventProcessor.class)
        .map(
            processor ->
                processor.processingStatus().values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(position -> position.orElse(-1))
                    .min()
                    .orElse(-1))
        .orElse(-1L);
  }

  /** Whether the processor has handled every event stored now. */
  public static boolean caughtUp(
      EventProcessingConfiguration processing, String name, EventStore events) {
    return position(processing, name) >= head(events);
  }
}
