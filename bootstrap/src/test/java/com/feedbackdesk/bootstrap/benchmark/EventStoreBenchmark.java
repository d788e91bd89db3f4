package com.feedbackdesk.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.out.eventstore.EventJson;
import com.feedbackdesk.adapters.out.eventstore.EventStoreFixtures;
import com.feedbackdesk.adapters.out.eventstore.MongoCommitEventStorageEngine;
import com.feedbackdesk.adapters.out.eventstore.TrackingTokens;
import com.feedbackdesk.adapters.out.mongo.EmbeddedMongoServer;
import com.feedbackdesk.adapters.out.mongo.MongoConnection;
import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import com.feedbackdesk.bootstrap.e2e.Api;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.ClassificationPolicy;
import com.feedbackdesk.domain.ticket.DepartmentRouting;
import com.feedbackdesk.domain.ticket.SubmitTicketCommand;
import com.feedbackdesk.domain.ticket.Ticket;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketTestData;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The event store measured on the embedded store, in one run (see docs/performance.md):
 *
 * <ol>
 *   <li>submissions per second through HTTP and through the command gateway, beside raw driver
 *       inserts of the same event documents into the same server;
 *   <li>a tracking processor's catch-up speed over the whole store as it grows (10k, 100k, 1M
 *       events by default), beside a raw sequential read of the same documents;
 *   <li>the time to load a 50-event ticket at each size;
 *   <li>appends through the gateway beside raw inserts at each size.
 * </ol>
 *
 * Prints figures; asserts only that the work measured succeeded. Not part of the default build:
 * {@code ./mvnw -Pbenchmark -pl bootstrap -am test}; {@code -Dbenchmark.sizes=10000,100000} and
 * {@code -Dbenchmark.submissions=1000} choose the sizes.
 */
class EventStoreBenchmark {

  private static final List<Integer> SIZES =
      Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000,1000000").split(","))
          .map(String::trim)
          .map(Integer::valueOf)
          .toList();
  private static final int SUBMISSIONS = Integer.getInteger("benchmark.submissions", 1000);
  private static final int LOADS = 300;
  private static final int ROUNDS = 3;

  /**
   * Catch-ups and raw reads before the first size is timed: over 10k events one takes under half a
   * second, and a catch-up ran 22-30k events/s after one warm-up but 32-50k/s once compiled.
   */
  private static final int WARM_UPS = 5;

  private static final Serializer SERIALIZER = EventJson.serializer();

  /** Serials of the numbers given to tickets submitted through the gateway: each one once. */
  private static final AtomicLong GATEWAY_SERIALS = new AtomicLong();

  private final StringBuilder report = new StringBuilder();

  @Test
  void eventStore() throws Exception {
    Path service = Files.createTempDirectory("feedbackdesk-benchmark-service");
    Path store = Files.createTempDirectory("feedbackdesk-benchmark-store");
    try {
      submissionsOnAFreshStore(service);
      aGrowingStore(store);
    } finally {
      FileSystemUtils.deleteRecursively(service);
      FileSystemUtils.deleteRecursively(store); // about 2 GB at a million events
    }
    System.out.println(report);
  }

  // ---- 1: submissions through HTTP, the gateway and the raw driver ----

  private void submissionsOnAFreshStore(Path data) throws Exception {
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(FeedbackDeskApplication.class)
            .run(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + data,
                "--logging.level.root=WARN")) {
      Api api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
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
      rawInserts(raw, rawPositions, 1, 300);

      report.append(
          String.format(
              "%n1. Submissions on a fresh store, tickets/s (median of %d rounds of %d, after 300"
                  + " to warm up)%n   %-8s %10s %10s %10s %14s%n",
              ROUNDS, SUBMISSIONS, "clients", "raw insert", "gateway", "HTTP", "raw / gateway"));
      for (int clients : new int[] {1, 8}) {
        double[] rawRate = new double[ROUNDS];
        double[] gatewayRate = new double[ROUNDS];
        double[] httpRate = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
          rawRate[round] = rawInserts(raw, rawPositions, clients, SUBMISSIONS);
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

  private static int submitThroughGateway(CommandGateway gateway, long serial) {
    Instant now = Instant.now();
    gateway.sendAndWait(
        new SubmitTicketCommand(
            new TicketId(UUID.randomUUID()),
            TicketNumber.of(LocalDate.of(2024, 5, 20), GATEWAY_SERIALS.incrementAndGet()),
            Channel.APP,
            TicketTestData.CUSTOMER,
            "SO-1",
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

  /**
   * Inserts, one document per call, the commit documents the engine writes for a submission (its
   * two events), prepared beforehand: the driver's part only.
   */
  private static double rawInserts(
      MongoCollection<Document> raw, AtomicLong positions, int clients, int count)
      throws Exception {
    List<Document> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      documents.add(
          EventStoreFixtures.commitDocument(
              positions.getAndAdd(2) + 1,
              EventStoreFixtures.submission(UUID.randomUUID().toString(), i),
              SERIALIZER));
    }
    return run(
        clients,
        count,
        i ->
            () -> {
              raw.insertOne(documents.get(i));
              return 0;
            },
        0);
  }

  /** Runs {@code count} calls from {@code clients} threads; returns calls per second. */
  private static double run(
      int clients, int count, IntFunction<Callable<Integer>> call, int expected) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Integer>> calls = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        calls.add(call.apply(i));
      }
      long start = System.nanoTime();
      List<Future<Integer>> results = pool.invokeAll(calls);
      double seconds = (System.nanoTime() - start) / 1e9;
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
      return count / seconds;
    } finally {
      pool.shutdown();
    }
  }

  // ---- 2-4: a growing store ----

  /** Counts the events a processor hands it, deserializing each payload as a projection would. */
  static final class Counter {
    final AtomicLong events = new AtomicLong();
    volatile CountDownLatch done = new CountDownLatch(1);
    volatile long target;
    volatile long firstEventAt;
    volatile long lastEventAt;

    @EventHandler
    void on(Object payload) {
      long count = payload == null ? 0 : events.incrementAndGet();
      if (count == 1) {
        firstEventAt = System.nanoTime();
      }
      if (count == target) {
        lastEventAt = System.nanoTime();
        done.countDown();
      }
    }
  }

  private void aGrowingStore(Path data) throws Exception {
    try (MongoConnection connection = MongoConnection.open(null, "benchmark", data, true)) {
      MongoDatabase database = connection.database();
      MongoCommitEventStorageEngine engine = EventStoreFixtures.engine(database, SERIALIZER);
      EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
      TokenStore tokens = TrackingTokens.store(database, SERIALIZER);
      Configuration axon =
          DefaultConfigurer.defaultConfiguration()
              .configureEventStore(c -> eventStore)
              .configureAggregate(Ticket.class)
              .registerComponent(
                  ClassificationPolicy.class, c -> TicketTestData.classificationPolicy())
              .registerComponent(DepartmentRouting.class, c -> TicketTestData.routing())
              .buildConfiguration();
      axon.start();
      MongoCollection<Document> raw =
          EventStoreFixtures.collectionLikeEvents(database, "raw_events");
      AtomicLong rawPositions = new AtomicLong();
      List<String> tickets = new ArrayList<>();
      Random random = new Random(42);
      Double firstCatchUp = null;
      Double firstLoad = null;
      double lastCatchUp = 0;
      double lastLoad = 0;

      report.append(
          String.format(
              "%n2-4. A growing store (medians of %d rounds): catch-up of a tracking processor"
                  + " over every stored event (batches of 1,000), events/s from its first event to"
                  + " its last, and the time from its start to its first event, ms, beside a raw"
                  + " sequential read of the same documents, events/s; loading a 50-event ticket"
                  + " (mean and p95 of %d, µs); appends (%d submissions, 1 client) beside raw"
                  + " inserts, per second%n"
                  + "   %9s %12s %8s %12s %7s %10s %9s %12s %12s %7s %8s%n",
              ROUNDS,
              LOADS,
              SUBMISSIONS,
              "events",
              "catch-up/s",
              "start ms",
              "raw read/s",
              "ratio",
              "load µs",
              "p95 µs",
              "appends/s",
              "raw ins/s",
              "ratio",
              "file MB"));
      try {
        for (int size : SIZES) {
          long missing = size - EventStoreFixtures.head(database);
          if (missing > 0) {
            tickets.addAll(
                EventStoreFixtures.appendTickets(
                    database, (int) (missing / EventStoreFixtures.EVENTS_PER_TICKET), SERIALIZER));
          }
          long stored = EventStoreFixtures.head(database);

          if (firstLoad == null) { // warm up every path on the first size, until compiled
            for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
              catchUp(eventStore, tokens, stored, "warm-up-" + warmUp);
              rawSequentialRead(database);
            }
            loads(eventStore, tickets, random, 3 * LOADS);
          }
          double[] catchUps = new double[ROUNDS];
          double[] starts = new double[ROUNDS];
          double[] rawReads = new double[ROUNDS];
          double[] loadMeans = new double[ROUNDS];
          double[] loadP95s = new double[ROUNDS];
          double[] appendRates = new double[ROUNDS];
          double[] rawInsertRates = new double[ROUNDS];
          for (int round = 0; round < ROUNDS; round++) {
            collectGarbage();
            double[] caughtUp =
                catchUp(eventStore, tokens, stored, "catch-up-" + size + "-" + round);
            catchUps[round] = caughtUp[0];
            starts[round] = caughtUp[1];
            collectGarbage();
            rawReads[round] = rawSequentialRead(database);
            collectGarbage();
            double[] load = loads(eventStore, tickets, random, LOADS);
            loadMeans[round] = load[0];
            loadP95s[round] = load[1];
            collectGarbage();
            appendRates[round] =
                run(1, SUBMISSIONS, i -> () -> submitThroughGateway(axon.commandGateway(), i), 0);
            collectGarbage();
            rawInsertRates[round] = rawInserts(raw, rawPositions, 1, SUBMISSIONS);
          }
          double catchUp = median(catchUps);
          double rawRead = median(rawReads);
          double[] load = {median(loadMeans), median(loadP95s)};
          double appends = median(appendRates);
          double rawInserts = median(rawInsertRates);
          lastCatchUp = catchUp;
          lastLoad = load[0];
          firstCatchUp = firstCatchUp == null ? catchUp : firstCatchUp;
          firstLoad = firstLoad == null ? load[0] : firstLoad;
          report.append(
              String.format(
                  "   %9d %12.0f %8.0f %12.0f %6.2fx %10.0f %9.0f %12.1f %12.1f %6.2fx %8.0f%n",
                  stored,
                  catchUp,
                  median(starts),
                  rawRead,
                  rawRead / catchUp,
                  load[0],
                  load[1],
                  appends,
                  rawInserts,
                  rawInserts / appends,
                  Files.size(data.resolve(EmbeddedMongoServer.DATA_FILE)) / 1e6));
        }
        int last = SIZES.size() - 1;
        report.append(
            String.format(
                "   from the first to the last size: catch-up speed %+.1f%%, ticket load time %+.1f%%%n",
                100 * (lastCatchUp - firstCatchUp) / firstCatchUp,
                100 * (lastLoad - firstLoad) / firstLoad));
      } finally {
        axon.shutdown();
        eventStore.shutDown();
      }
    }
  }

  /**
   * Collects the garbage of the phase before, so that each phase is timed on its own. A catch-up
   * over a million events leaves the old generation full (3.6 of 4 GB, all of it garbage: a full
   * collection leaves 71 MB), mostly store pages that passed through the page cache; without this
   * the young pauses that follow (250-540 ms each, -Xlog:gc) land in the ticket loads timed next.
   */
  private static void collectGarbage() {
    System.gc();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * A fresh processor reads the whole store from the start; returns its speed, events per second
   * from the first event handled to the last, and the time from starting it to its first event
   * (claiming its token, opening the stream, the first batch), ms.
   */
  private double[] catchUp(
      EmbeddedEventStore eventStore, TokenStore tokens, long events, String name)
      throws InterruptedException {
    Counter counter = new Counter();
    counter.target = events;
    TrackingEventProcessor processor =
        TrackingEventProcessor.builder()
            .name(name)
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(counter).build())
            .messageSource(eventStore)
            .tokenStore(tokens)
            .transactionManager(NoTransactionManager.INSTANCE)
            .trackingEventProcessorConfiguration(
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andBatchSize(1000)
                    .andInitialTrackingToken(StreamableMessageSource::createTailToken))
            .build();
    long start = System.nanoTime();
    processor.start();
    boolean finished = counter.done.await(30, TimeUnit.MINUTES);
    processor.shutDown();
    assertThat(finished).as("the processor read all %d events", events).isTrue();
    return new double[] {
      (events - 1) / ((counter.lastEventAt - counter.firstEventAt) / 1e9),
      (counter.firstEventAt - start) / 1e6
    };
  }

  /**
   * The driver reads every document of the events collection in order; returns events per second.
   */
  private static double rawSequentialRead(MongoDatabase database) {
    long start = System.nanoTime();
    long events = 0;
    for (Document commit :
        database
            .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
            .find()
            .batchSize(1000)) {
      events += commit.getList("events", Document.class).size();
    }
    return events / ((System.nanoTime() - start) / 1e9);
  }

  /** Loads random 50-event tickets, deserializing every event; returns mean and p95 in µs. */
  private double[] loads(
      EmbeddedEventStore eventStore, List<String> tickets, Random random, int count) {
    long[] micros = new long[count];
    for (int i = 0; i < count; i++) {
      String ticket = tickets.get(random.nextInt(tickets.size()));
      long start = System.nanoTime();
      long loaded = eventStore.readEvents(ticket).asStream().map(m -> m.getPayload()).count();
      micros[i] = (System.nanoTime() - start) / 1000;
      assertThat(loaded).isEqualTo(EventStoreFixtures.EVENTS_PER_TICKET);
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    return new double[] {
      Arrays.stream(micros).average().orElseThrow(), sorted[(int) (count * 0.95)]
    };
  }
}
