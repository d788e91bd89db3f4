package com.feedbackdesk.adapters.out.eventstore;

import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.collectGarbage;
import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.median;
import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.rawInserts;
import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.embeddedmongo.EmbeddedMongoServer;
import com.feedbackdesk.adapters.out.mongo.MongoClientFactory;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.transaction.NoTransactionManager;
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
import org.springframework.util.FileSystemUtils;

/**
 * The event store measured on the embedded server (writes forced to disk) as the store grows (10k,
 * 100k, 1M events by default; see docs/performance.md), in one run:
 *
 * <ol>
 *   <li>a tracking processor's catch-up speed over the whole store, beside a raw sequential read of
 *       the same documents;
 *   <li>the time to load a 50-event aggregate;
 *   <li>appends of an aggregate's first commit (two events) through the engine, beside raw inserts
 *       of the same documents.
 * </ol>
 *
 * The stored aggregates are generated cases of the size of tickets ({@link EventStoreFixtures}):
 * the engine knows nothing of tickets, and neither does its benchmark. Prints figures; asserts only
 * that the work measured succeeded. Not part of the default build: {@code ./mvnw -Pbenchmark -pl
 * adapters/event-store -am test}; {@code -Dbenchmark.sizes=10000,100000} and {@code
 * -Dbenchmark.submissions=1000} choose the sizes.
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

  private static final Serializer SERIALIZER = TestJson.serializer();

  private final StringBuilder report = new StringBuilder();

  @Test
  void eventStore() throws Exception {
    Path store = Files.createTempDirectory("feedbackdesk-benchmark-store");
    try {
      aGrowingStore(store);
    } finally {
      FileSystemUtils.deleteRecursively(store); // about 2 GB at a million events
    }
    System.out.println(report);
  }

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
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, true);
        MongoClient client = MongoClientFactory.create(server.connectionString())) {
      MongoDatabase database = client.getDatabase("benchmark");
      MongoCommitEventStorageEngine engine = EventStoreFixtures.engine(database, SERIALIZER);
      EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
      TokenStore tokens = TrackingTokens.store(database, SERIALIZER);
      MongoCollection<Document> raw =
          EventStoreFixtures.collectionLikeEvents(database, "raw_events");
      AtomicLong rawPositions = new AtomicLong();
      List<String> cases = new ArrayList<>();
      Random random = new Random(42);
      Double firstCatchUp = null;
      Double firstLoad = null;
      double lastCatchUp = 0;
      double lastLoad = 0;

      report.append(
          String.format(
              "%nA growing store (medians of %d rounds): catch-up of a tracking processor"
                  + " over every stored event (batches of 1,000), events/s from its first event to"
                  + " its last, and the time from its start to its first event, ms, beside a raw"
                  + " sequential read of the same documents, events/s; loading a 50-event aggregate"
                  + " (mean and p95 of %d, µs); appends of a first commit (%d, 1 client) beside raw"
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
            cases.addAll(
                EventStoreFixtures.appendCases(
                    database, (int) (missing / EventStoreFixtures.EVENTS_PER_CASE), SERIALIZER));
          }
          long stored = EventStoreFixtures.head(database);

          if (firstLoad == null) { // warm up every path on the first size, until compiled
            for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
              catchUp(eventStore, tokens, stored, "warm-up-" + warmUp);
              rawSequentialRead(database);
            }
            loads(eventStore, cases, random, 3 * LOADS);
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
            double[] load = loads(eventStore, cases, random, LOADS);
            loadMeans[round] = load[0];
            loadP95s[round] = load[1];
            collectGarbage();
            appendRates[round] = run(1, SUBMISSIONS, i -> () -> append(engine, i), 0);
            collectGarbage();
            rawInsertRates[round] =
                rawInserts(
                    raw, rawPositions, 1, SUBMISSIONS, EventStoreBenchmark::opening, SERIALIZER);
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
                  Files.size(server.dataFile()) / 1e6));
        }
        int last = SIZES.size() - 1;
        report.append(
            String.format(
                "   from the first to the last size: catch-up speed %+.1f%%, load time %+.1f%%%n",
                100 * (lastCatchUp - firstCatchUp) / firstCatchUp,
                100 * (lastLoad - firstLoad) / firstLoad));
      } finally {
        eventStore.shutDown();
      }
    }
  }

  /** Serials of the cases opened by appends: each one once. */
  private static final AtomicLong OPENED = new AtomicLong();

  private static List<org.axonframework.eventhandling.EventMessage<?>> opening(int i) {
    return EventStoreFixtures.opening(UUID.randomUUID().toString(), OPENED.incrementAndGet());
  }

  /** Appends a new case's first commit, as a repository does for a new aggregate. */
  private static int append(MongoCommitEventStorageEngine engine, int i) {
    engine.appendEvents(opening(i));
    return 0;
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

  /** Loads random 50-event cases, deserializing every event; returns mean and p95 in µs. */
  private double[] loads(
      EmbeddedEventStore eventStore, List<String> cases, Random random, int count) {
    long[] micros = new long[count];
    for (int i = 0; i < count; i++) {
      String loadedCase = cases.get(random.nextInt(cases.size()));
      long start = System.nanoTime();
      long loaded = eventStore.readEvents(loadedCase).asStream().map(m -> m.getPayload()).count();
      micros[i] = (System.nanoTime() - start) / 1000;
      assertThat(loaded).isEqualTo(EventStoreFixtures.EVENTS_PER_CASE);
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    return new double[] {
      Arrays.stream(micros).average().orElseThrow(), sorted[(int) (count * 0.95)]
    };
  }
}
