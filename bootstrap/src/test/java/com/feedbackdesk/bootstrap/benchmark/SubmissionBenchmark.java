package com.feedbackdesk.bootstrap.benchmark;

import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.median;
import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.rawInserts;
import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.out.eventstore.EventStoreFixtures;
import com.feedbackdesk.bootstrap.EventJson;
import com.feedbackdesk.bootstrap.e2e.Api;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.SubmitTicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import com.feedbackdesk.domain.ticket.TicketTestData;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Submissions per second on a fresh store, in the running service on the embedded server (writes
 * forced to disk): through HTTP and through the command gateway, beside raw driver inserts of the
 * same event documents into the same server (see docs/performance.md). The event store's own
 * benchmark, over a growing store, is the event-store module's {@code EventStoreBenchmark}.
 *
 * <p>Prints figures; asserts only that the work measured succeeded. Not part of the default build:
 * {@code ./mvnw -Pbenchmark -pl bootstrap -am test}; {@code -Dbenchmark.submissions=1000} chooses
 * the number per round.
 */
class SubmissionBenchmark {

  private static final int SUBMISSIONS = Integer.getInteger("benchmark.submissions", 1000);
  private static final int ROUNDS = 3;

  private static final Serializer SERIALIZER = EventJson.serializer();

  /** Serials of the numbers given to tickets submitted through the gateway: each one once. */
  private static final AtomicLong GATEWAY_SERIALS = new AtomicLong();

  private final StringBuilder report = new StringBuilder();

  @Test
  void submissions() throws Exception {
    Path service = Files.createTempDirectory("feedbackdesk-benchmark-service");
    try {
      submissionsOnAFreshStore(service);
    } finally {
      FileSystemUtils.deleteRecursively(service);
    }
    System.out.println(report);
  }

  private void submissionsOnAFreshStore(Path data) throws Exception {
    try (ConfigurableApplicationContext service =
        GeneratedStore.service(
            data,
            "--feedbackdesk.security.submissions.capacity=1000000",
            "--logging.level.root=WARN")) {
      Api api =
          new Api(((WebServerApplicationContext) service).getWebServer().getPort())
              .as("li.na", "WAREHOUSE_LOGISTICS", "supervisor", "director");
      CommandGateway gateway = service.getBean(CommandGateway.class);
      MongoCollection<Document> raw =
          EventStoreFixtures.collectionLikeEvents(
              service.getBean(MongoDatabase.class), "raw_events");
      AtomicLong rawPositions = new AtomicLong();

      IntFunction<Callable<Integer>> http =
          i -> () -> api.post("/api/v1/tickets", Api.submission("基准测试 " + i + "：包裹破损")).status();
      IntFunction<Callable<Integer>> command = i -> () -> submitThroughGateway(gateway, i);
      // warm up every path
      run(1, 300, http, 201);
      run(1, 300, command, 0);
      rawInserts(raw, rawPositions, 1, 300, SubmissionBenchmark::submission, SERIALIZER);

      report.append(
          String.format(
              "%nSubmissions on a fresh store, tickets/s (median of %d rounds of %d, after 300"
                  + " to warm up)%n   %-8s %10s %10s %10s %14s%n",
              ROUNDS, SUBMISSIONS, "clients", "raw insert", "gateway", "HTTP", "raw / gateway"));
      for (int clients : new int[] {1, 8}) {
        double[] rawRate = new double[ROUNDS];
        double[] gatewayRate = new double[ROUNDS];
        double[] httpRate = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
          rawRate[round] =
              rawInserts(
                  raw,
                  rawPositions,
                  clients,
                  SUBMISSIONS,
                  SubmissionBenchmark::submission,
                  SERIALIZER);
          gatewayRate[round] = run(clients, SUBMISSIONS, command, 0);
          httpRate[round] = run(clients, SUBMISSIONS, http, 201);
        }
        report.append(
            String.format(
                "   %-8d %10.1f %10.1f %10.1f %13.2fx%n",
                clients,
                median(rawRate),
                median(gatewayRate),
                median(httpRate),
                median(rawRate) / median(gatewayRate)));
      }
      // the projections kept up with all of it without failing (a failing one would do less work
      // and flatter the figures)
      service
          .getBean(EventProcessingConfiguration.class)
          .eventProcessors()
          .forEach(
              (name, processor) ->
                  assertThat(((TrackingEventProcessor) processor).isError())
                      .as("processor %s is in error", name)
                      .isFalse());
    }
  }

  /** One customer's submission through the command gateway, numbered from a counter of its own. */
  static int submitThroughGateway(CommandGateway gateway, long serial) {
    Instant now = Instant.now();
    gateway.sendAndWait(
        new SubmitTicketCommand(
            new TicketId(UUID.randomUUID()),
            TicketNumber.of(LocalDate.of(2024, 5, 20), GATEWAY_SERIALS.incrementAndGet()),
            Channel.APP,
            TicketTestData.CUSTOMER,
            "SO-1",
            null,
            "Shanghai",
            "基准测试 " + serial + "：包裹破损",
            now,
            null,
            null,
            null,
            Actor.customer("C10086"),
            now));
    return 0;
  }

  /** The events the aggregate applies for a submission, as they are stored. */
  private static List<EventMessage<?>> submission(int serial) {
    String id = UUID.randomUUID().toString();
    TicketId ticket = TicketId.parse(id);
    Instant at = Instant.parse("2024-05-20T02:00:00Z").plusSeconds(serial);
    return List.of(
        new GenericDomainEventMessage<>(
            "Ticket",
            id,
            0,
            new TicketSubmitted(
                ticket,
                TicketNumber.of(LocalDate.of(2024, 5, 20), serial + 1),
                Channel.APP,
                TicketTestData.CUSTOMER,
                "SO-2024-" + serial,
                null,
                "Shanghai",
                TicketTestData.DESCRIPTION,
                at,
                TicketTestData.DAMAGED_IN_TRANSIT,
                null,
                java.util.List.of(),
                TicketTestData.CUSTOMER_ACTOR,
                at)),
        new GenericDomainEventMessage<>(
            "Ticket",
            id,
            1,
            new ClassificationSuggested(
                ticket,
                TicketTestData.DAMAGED_IN_TRANSIT,
                List.of("damaged-in-transit"),
                Actor.system("keyword-rules"),
                at)));
  }
}
