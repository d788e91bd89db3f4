package com.feedbackdesk.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.embeddedmongo.EmbeddedMongoServer;
import com.feedbackdesk.adapters.out.eventstore.EventStoreFixtures;
import com.feedbackdesk.adapters.out.eventstore.MongoCommitEventStorageEngine;
import com.feedbackdesk.adapters.out.eventstore.TrackingTokens;
import com.feedbackdesk.adapters.out.mongo.MongoClientFactory;
import com.feedbackdesk.application.seed.MonthOfFeedback;
import com.feedbackdesk.bootstrap.EventJson;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/** A store filled with generated months of tickets, for the benchmarks, and its raw read rate. */
final class GeneratedStore {

  /** Every projection (read model) of the service, by its processor's name. */
  static final List<String> PROJECTIONS =
      List.of(
          "ticket-views",
          "ticket-queue",
          "ticket-history",
          "sla-breaches",
          "ticket-analysis",
          "improvement-projects",
          "after-sales-applications");

  private GeneratedStore() {}

  /**
   * The service on the embedded store in {@code data}, on a free port, with the settings given
   * besides.
   */
  static org.springframework.context.ConfigurableApplicationContext service(
      Path data, String... settings) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + data));
    arguments.addAll(List.of(settings));
    return new org.springframework.boot.builder.SpringApplicationBuilder(
            com.feedbackdesk.bootstrap.FeedbackDeskApplication.class)
        .run(arguments.toArray(String[]::new));
  }

  /**
   * Writes months of generated tickets, as they record them, straight into the embedded store in
   * {@code data} until it holds {@code wanted} events, and sets the named processors' positions at
   * its head (their read models taken as current).
   *
   * @return how many events were written
   */
  static long fill(Path data, int wanted, List<String> processorsAtHead) throws Exception {
    Serializer serializer = EventJson.serializer();
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, false);
        MongoClient client = MongoClientFactory.create(server.connectionString())) {
      MongoDatabase database = client.getDatabase("feedbackdesk");
      EventStoreFixtures.engine(database, serializer);
      MonthOfFeedback generator =
          new MonthOfFeedback(
              ZoneId.of("Asia/Shanghai"),
              SlaTestData.AFTER_SALES,
              SlaTestData.catalogue(SlaTestData.AFTER_SALES));
      AtomicLong serial = new AtomicLong();
      long written = 0;
      long started = System.nanoTime();
      YearMonth month = YearMonth.of(2025, 1);
      int chunk = 0;
      while (written < wanted) {
        List<List<EventMessage<?>>> commits = new ArrayList<>();
        for (MonthOfFeedback.Plan plan :
            generator.generate(
                month,
                2_000,
                chunk++,
                (day, ticket) -> TicketNumber.of(day, serial.incrementAndGet() % 999 + 1))) {
          List<EventMessage<?>> commit = new ArrayList<>();
          List<TicketEvent> events = plan.events();
          for (int i = 0; i < events.size() && written + commit.size() < wanted; i++) {
            commit.add(
                new GenericDomainEventMessage<>(
                    "Ticket",
                    plan.id().toString(),
                    i,
                    events.get(i),
                    Map.of("origin", "seed"),
                    UUID.randomUUID().toString(),
                    events.get(i).at()));
          }
          if (!commit.isEmpty()) {
            commits.add(commit);
            written += commit.size();
          }
        }
        EventStoreFixtures.appendCommits(database, commits, serializer);
        month = month.plusMonths(1);
      }
      long head = EventStoreFixtures.head(database);
      TokenStore tokens = TrackingTokens.store(database, serializer);
      for (String processor : processorsAtHead) {
        tokens.initializeTokenSegments(
            processor, 1, GapAwareTrackingToken.newInstance(head, List.of()));
      }
      System.out.printf(
          "store filled: %,d events in %.0f s%n", written, (System.nanoTime() - started) / 1e9);
      return written;
    }
  }

  /** The driver reads every commit document in order, counting events; events per second. */
  static double rawRead(Path data, long expected) throws Exception {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, false);
        MongoClient client = MongoClientFactory.create(server.connectionString())) {
      long started = System.nanoTime();
      long events = 0;
      Iterator<Document> commits =
          client
              .getDatabase("feedbackdesk")
              .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
              .find()
              .batchSize(1000)
              .iterator();
      while (commits.hasNext()) {
        events += commits.next().getList("events", Document.class).size();
      }
      assertThat(events).isEqualTo(expected);
      return events / ((System.nanoTime() - started) / 1e9);
    }
  }
}
