package com.feedbackdesk.bootstrap.benchmark;

import com.feedbackdesk.bootstrap.ProcessorPositions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * How fast the read models fold a history they have not seen (issue 13's baseline): a store of
 * {@code benchmark.events} generated events (50,000 unless told), every projection starting at the
 * tail and all running at once as they do in production, the notifications processor at the head.
 * Prints each projection's events per second until it reached the head, beside the driver's raw
 * read of the same commit documents (the limit a projection is measured against).
 *
 * <p>Not part of the default build: {@code ./mvnw -Pbenchmark -pl bootstrap -am test
 * -Dtest=ProjectionCatchUpBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark.events=50000}.
 */
class ProjectionCatchUpBenchmark {

  private static final int EVENTS = Integer.getInteger("benchmark.events", 50_000);
  private static final Duration GIVE_UP = Duration.ofMinutes(30);
  private static final List<String> PROJECTIONS = GeneratedStore.PROJECTIONS;

  @Test
  void everyProjectionFoldsTheHistoryAndPrintsItsRate() throws Exception {
    Path data = Files.createTempDirectory("feedbackdesk-catch-up-benchmark");
    try {
      long stored = GeneratedStore.fill(data, EVENTS, List.of("notifications"));
      double raw = GeneratedStore.rawRead(data, stored);
      System.out.println(measure(data, stored, raw));
    } finally {
      FileSystemUtils.deleteRecursively(data);
    }
  }

  private static String measure(Path data, long stored, double raw) throws Exception {
    long started = System.nanoTime();
    try (ConfigurableApplicationContext service =
        GeneratedStore.service(data, "--feedbackdesk.notifications.dispatch.enabled=false")) {
      double startup = (System.nanoTime() - started) / 1e9;
      EventProcessingConfiguration processing = service.getBean(EventProcessingConfiguration.class);
      EventStore events = service.getBean(EventStore.class);
      long head = ProcessorPositions.head(events);
      Map<String, Double> caughtUp = new LinkedHashMap<>();
      long deadline = System.nanoTime() + GIVE_UP.toNanos();
      while (caughtUp.size() < PROJECTIONS.size()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("not caught up in " + GIVE_UP + ": only " + caughtUp.keySet());
        }
        for (String projection : PROJECTIONS) {
          if (!caughtUp.containsKey(projection)
              && ProcessorPositions.position(processing, projection) >= head) {
            caughtUp.put(projection, (System.nanoTime() - started) / 1e9 - startup);
          }
        }
        Thread.sleep(100);
      }
      StringBuilder report =
          new StringBuilder(
              String.format(
                  "%nread models folding %,d events from the tail, all %d at once, embedded store,"
                      + " 2 cores (start-up %.1f s not counted):%n",
                  stored, PROJECTIONS.size(), startup));
      caughtUp.forEach(
          (projection, seconds) ->
              report.append(
                  String.format(
                      "  %-26s %7.1f s  %,9.0f events/s  (raw read / this: %,.0f)%n",
                      projection, seconds, stored / seconds, raw / (stored / seconds))));
      report.append(
          String.format("  raw driver read of the same commit documents: %,.0f events/s%n", raw));
      return report.toString();
    }
  }
}
