package com.feedbackdesk.bootstrap.benchmark;

import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns;
import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.bootstrap.e2e.Api;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How late breaches fire with many open tickets holding pending deadlines: N tickets (100,000 by
 * default) are registered under a policy whose only clock is a resolution limit of a few minutes,
 * so every ticket holds a pending deadline while the others are registered; then the breaches fire,
 * and the lateness of each (from its due time to its SlaBreached event) is read from the SLA read
 * model. Prints the median, p99 and maximum lateness, the rates, and the store's size.
 *
 * <p>Not part of the default build: {@code ./mvnw -Pbenchmark -pl bootstrap -am test
 * -Dtest=SlaDeadlineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; {@code
 * -Dbenchmark.tickets=10000} chooses the number.
 */
class SlaDeadlineBenchmark {

  private static final int TICKETS = Integer.getInteger("benchmark.tickets", 100_000);

  @TempDir Path data;

  @Test
  void breachesOfManyPendingDeadlines() throws Exception {
    try (ConfigurableApplicationContext service =
        GeneratedStore.service(
            data, "--feedbackdesk.sla.poll-interval=5s", "--logging.level.root=WARN")) {
      Api admin =
          new Api(((WebServerApplicationContext) service).getWebServer().getPort())
              .as("admin.one", null, "admin");
      CommandGateway gateway = service.getBean(CommandGateway.class);

      // registration runs at a few hundred per second: the limit leaves time to register all
      // before the first falls due, so all are pending at once
      long limitSeconds = Math.max(120, TICKETS / 200 + 60);
      Api.Response created =
          admin.post(
              "/api/v1/sla/policies/bench/versions",
              Map.of(
                  "title",
                  "benchmark: resolution only",
                  "calendar",
                  "cn-mainland",
                  "reminderPercent",
                  99,
                  "targets",
                  Map.of("P2", Map.of("RESOLUTION", limitSeconds + "s"))));
      assertThat(created.status()).isEqualTo(201);
      assertThat(admin.post("/api/v1/sla/policies/bench/versions/1/activation", "{}").status())
          .isEqualTo(200);

      IntFunction<Callable<Integer>> submit =
          i -> () -> SubmissionBenchmark.submitThroughGateway(gateway, i);
      Instant registrationStart = Instant.now();
      double registrationRate = BenchmarkRuns.run(8, TICKETS, submit, 0);
      Instant registered = Instant.now();
      System.out.printf(
          "   registered %d tickets in %d s%n",
          TICKETS, Duration.between(registrationStart, registered).toSeconds());
      MongoDatabase database = service.getBean(MongoDatabase.class);
      long pendingJobs =
          database.getCollection("jobrunr_jobs").countDocuments(new Document("state", "SCHEDULED"));

      SlaTicketPort tickets = service.getBean(SlaTicketPort.class);
      SlaClockQuery all = new SlaClockQuery(null, null, Set.of(), Set.of(), null, null, 1);
      Instant giveUp = registered.plusSeconds(limitSeconds + 3600);
      // until every deadline has run (JobRunr's own record), then until the read model has them
      long left;
      while (Instant.now().isBefore(giveUp) && (left = unfinished(database)) > 0) {
        System.out.printf(
            "   %s: %d deadlines not yet run%n",
            Duration.between(registered, Instant.now()).toSeconds() + " s after registration",
            left);
        Thread.sleep(30_000);
      }
      Instant lastSeen = Instant.now();
      List<Double> lateness = new ArrayList<>();
      while (Instant.now().isBefore(giveUp)) {
        lateness = breachLateness(tickets.withBreachesIn(all));
        if (lateness.size() >= TICKETS) {
          break;
        }
        Thread.sleep(20_000);
      }

      double[] sorted = lateness.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      long storeBytes = Files.size(data.resolve("feedbackdesk.mv.db"));
      System.out.printf(
          "%nSLA deadlines: %d tickets, each with a pending resolution deadline (limit %d s, poll"
              + " interval 5 s, 8 workers), embedded server%n"
              + "   registration: %.1f tickets/s (8 clients, %d s); %d deadlines pending after it%n"
              + "   breaches recorded: %d of %d; the last deadline ran within %d s after registration"
              + " ended%n"
              + "   lateness from due time to SlaBreached: median %.1f s, p99 %.1f s, max %.1f s%n"
              + "   store: %.1f MB (%s)%n",
          TICKETS,
          limitSeconds,
          registrationRate,
          Duration.between(registrationStart, registered).toSeconds(),
          pendingJobs,
          sorted.length,
          TICKETS,
          Duration.between(registered, lastSeen).toSeconds(),
          percentile(sorted, 50),
          percentile(sorted, 99),
          sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
          storeBytes / 1e6,
          data.resolve("feedbackdesk.mv.db"));
      assertThat(sorted.length).as("every deadline fired").isEqualTo(TICKETS);
      assertThat(sorted[0]).as("never before its time").isGreaterThanOrEqualTo(0);
    }
  }

  private static long unfinished(MongoDatabase database) {
    return database
        .getCollection("jobrunr_jobs")
        .countDocuments(
            new Document(
                "state", new Document("$in", List.of("SCHEDULED", "ENQUEUED", "PROCESSING"))));
  }

  private static List<Double> breachLateness(List<SlaTicket> tickets) {
    List<Double> lateness = new ArrayList<>();
    for (SlaTicket ticket : tickets) {
      for (SlaClock run : ticket.runs()) {
        if (run.kind() == SlaClockKind.RESOLUTION && run.breachedAt() != null) {
          lateness.add(Duration.between(run.dueAt(), run.breachedAt()).toMillis() / 1000.0);
        }
      }
    }
    return lateness;
  }
}
