package com.feedbackdesk.adapters.out.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event storage engine's contract: appends, concurrency, reading aggregates and the global
 * stream, snapshots, gaps, tokens, replay from a time and upcasting. Runs against the embedded
 * server, or against the MongoDB named by {@code FEEDBACKDESK_TEST_MONGODB_URI}.
 */
class MongoCommitEventStorageEngineTest {

  /** A payload of the test's own, with a decimal that must survive exactly. */
  @Revision("2")
  record Noted(String text, BigDecimal amount) {}

  private static final Instant T0 = Instant.parse("2024-05-20T02:00:00.123456789Z");

  private MongoDatabase database;
  private MongoCommitEventStorageEngine engine;
  private Clock originalClock;

  @BeforeEach
  void freshStore() {
    originalClock = GenericEventMessage.clock;
    database = TestMongo.freshDatabase();
    engine = engine(builder -> builder);
  }

  @AfterEach
  void restoreClock() {
    GenericEventMessage.clock = originalClock;
  }

  private MongoCommitEventStorageEngine engine(
      UnaryOperator<MongoCommitEventStorageEngine.Builder> customization) {
    return customization
        .apply(
            MongoCommitEventStorageEngine.builder()
                .database(database)
                .eventSerializer(TestJson.serializer())
                .snapshotSerializer(TestJson.serializer()))
        .build();
  }

  private static DomainEventMessage<Noted> event(String aggregate, long sequence) {
    return new GenericDomainEventMessage<>(
        "Case",
        aggregate,
        sequence,
        new Noted(aggregate + "#" + sequence, new BigDecimal("39.90")),
        MetaData.with("traceId", "t-" + sequence));
  }

  private static List<DomainEventMessage<?>> events(String aggregate, long from, long to) {
    List<DomainEventMessage<?>> events = new ArrayList<>();
    for (long sequence = from; sequence <= to; sequence++) {
      events.add(event(aggregate, sequence));
    }
    return events;
  }

  private static String newAggregate() {
    return UUID.randomUUID().toString();
  }

  private List<DomainEventMessage<?>> aggregateStream(String aggregate, long from) {
    return engine.readEvents(aggregate, from).asStream().collect(Collectors.toList());
  }

  private List<TrackedEventMessage<?>> globalStream(TrackingToken from) {
    return engine.readEvents(from, false).collect(Collectors.toList());
  }

  private static List<String> texts(List<? extends EventMessage<?>> events) {
    return events.stream().map(e -> ((Noted) e.getPayload()).text()).toList();
  }

  private static long position(TrackedEventMessage<?> event) {
    return event.trackingToken().position().orElseThrow();
  }

  private void storeCommitAt(long position, List<? extends EventMessage<?>> events) {
    database
        .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
        .insertOne(
            EventCommits.commit(
                position, null, EventCommits.serialize(events, TestJson.serializer())));
  }

  // ---- appending and reading one aggregate ----

  @Test
  void anAggregatesEventsComeBackInOrderWithIdentifiersPayloadsMetaDataAndExactTimes() {
    String ticket = newAggregate();
    List<DomainEventMessage<?>> appended = events(ticket, 0, 4);

    engine.appendEvents(appended.subList(0, 2));
    engine.appendEvents(appended.subList(2, 5));

    List<DomainEventMessage<?>> read = aggregateStream(ticket, 0);
    assertThat(read)
        .extracting(DomainEventMessage::getSequenceNumber)
        .containsExactly(0L, 1L, 2L, 3L, 4L);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).getIdentifier()).isEqualTo(appended.get(i).getIdentifier());
      assertThat(read.get(i).getPayload()).isEqualTo(appended.get(i).getPayload());
      assertThat(read.get(i).getMetaData()).isEqualTo(appended.get(i).getMetaData());
      assertThat(read.get(i).getTimestamp()).isEqualTo(appended.get(i).getTimestamp());
      assertThat(read.get(i).getAggregateIdentifier()).isEqualTo(ticket);
      assertThat(read.get(i).getType()).isEqualTo("Case");
    }
  }

  @Test
  void anAggregateCanBeReadFromTheMiddleOfACommit() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 5));

    assertThat(aggregateStream(ticket, 4))
        .extracting(DomainEventMessage::getSequenceNumber)
        .containsExactly(4L, 5L);
    assertThat(aggregateStream(ticket, 6)).isEmpty();
    assertThat(aggregateStream(newAggregate(), 0)).isEmpty();
  }

  @Test
  void longStreamsAreReadAcrossBatchesWhateverTheCommitSizes() {
    String ticket = newAggregate();
    String other = newAggregate();
    long next = 0;
    for (int size : new int[] {1, 3, 60, 2, 7, 64, 1, 500, 30}) {
      engine.appendEvents(events(ticket, next, next + size - 1));
      engine.appendEvents(events(other, next, next)); // interleaved, must not leak in
      next += size;
    }

    assertThat(aggregateStream(ticket, 0))
        .extracting(DomainEventMessage::getSequenceNumber)
        .containsExactlyElementsOf(IntStream.range(0, (int) next).mapToObj(Long::valueOf).toList());
    assertThat(aggregateStream(ticket, 70)).hasSize((int) next - 70);
    assertThat(engine.lastSequenceNumberFor(ticket)).contains(next - 1);
  }

  @Test
  void eventsOfOneAggregateFromSeveralAggregatesInOneCommitAreEachFoundByTheirAggregate() {
    String a = newAggregate();
    String b = newAggregate();

    engine.appendEvents(List.of(event(a, 0), event(b, 0), event(a, 1)));

    assertThat(texts(aggregateStream(a, 0))).containsExactly(a + "#0", a + "#1");
    assertThat(texts(aggregateStream(b, 0))).containsExactly(b + "#0");
  }

  // ---- concurrency ----

  @Test
  void aSecondEventAtATakenPlaceInAnAggregatesStreamIsAConcurrencyConflict() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 2));

    assertThatThrownBy(() -> engine.appendEvents(event(ticket, 2)))
        .isInstanceOf(ConcurrencyException.class);
    assertThatThrownBy(() -> engine.appendEvents(event(ticket, 0)))
        .isInstanceOf(AggregateStreamCreationException.class);
  }

  @Test
  void theEventsOfOneCommitAreStoredTogetherOrNotAtAll() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 1));

    assertThatThrownBy(() -> engine.appendEvents(events(ticket, 1, 3)))
        .isInstanceOf(ConcurrencyException.class);

    assertThat(aggregateStream(ticket, 0)).hasSize(2);
    assertThat(globalStream(null)).hasSize(2);
  }

  @Test
  void ofConcurrentAppendsAtTheSamePlaceExactlyOneWins() throws Exception {
    String ticket = newAggregate();
    engine.appendEvents(event(ticket, 0));
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        attempts.add(
            () -> {
              try {
                engine.appendEvents(event(ticket, 1));
                return true;
              } catch (ConcurrencyException e) {
                return false;
              }
            });
      }
      int winners = 0;
      for (Future<Boolean> attempt : writers.invokeAll(attempts)) {
        winners += attempt.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      writers.shutdown();
    }
    assertThat(aggregateStream(ticket, 0)).hasSize(2);
  }

  @Test
  void concurrentWritersToManyAggregatesGetDistinctPositionsAndLoseNothing() throws Exception {
    MongoCommitEventStorageEngine secondInstance = engine(builder -> builder);
    List<String> tickets = IntStream.range(0, 16).mapToObj(i -> newAggregate()).toList();
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int i = 0; i < tickets.size(); i++) {
        String ticket = tickets.get(i);
        MongoCommitEventStorageEngine writer = i % 2 == 0 ? engine : secondInstance;
        work.add(
            () -> {
              for (long sequence = 0; sequence < 20; sequence += 2) {
                writer.appendEvents(events(ticket, sequence, sequence + 1));
              }
              return null;
            });
      }
      for (Future<Void> done : writers.invokeAll(work)) {
        done.get();
      }
    } finally {
      writers.shutdown();
    }

    List<TrackedEventMessage<?>> all = globalStream(null);
    assertThat(all).hasSize(16 * 20);
    assertThat(all.stream().map(MongoCommitEventStorageEngineTest::position).distinct())
        .hasSize(16 * 20);
    Map<String, Long> lastSequence = new HashMap<>();
    for (TrackedEventMessage<?> event : all) {
      DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
      long previous = lastSequence.getOrDefault(domainEvent.getAggregateIdentifier(), -1L);
      assertThat(domainEvent.getSequenceNumber()).as("per-aggregate order").isEqualTo(previous + 1);
      lastSequence.put(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber());
    }
  }

  // ---- snapshots ----

  @Test
  void theLatestSnapshotIsReadAndAnOlderOneNeverReplacesIt() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 9));

    engine.storeSnapshot(
        new GenericDomainEventMessage<>(
            "Case", ticket, 7, new Noted("state at 7", BigDecimal.ONE)));
    engine.storeSnapshot(
        new GenericDomainEventMessage<>(
            "Case", ticket, 3, new Noted("state at 3", BigDecimal.ONE)));

    DomainEventMessage<?> snapshot = engine.readSnapshot(ticket).orElseThrow();
    assertThat(snapshot.getSequenceNumber()).isEqualTo(7);
    assertThat(((Noted) snapshot.getPayload()).text()).isEqualTo("state at 7");
    assertThat(engine.readSnapshot(newAggregate())).isEmpty();
  }

  @Test
  void anEventStoreLoadsTheSnapshotAndOnlyTheEventsAfterIt() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 9));
    engine.storeSnapshot(
        new GenericDomainEventMessage<>(
            "Case", ticket, 7, new Noted("state at 7", BigDecimal.ONE)));
    EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
    try {
      List<Long> loaded = new ArrayList<>();
      store.readEvents(ticket).asStream().forEach(e -> loaded.add(e.getSequenceNumber()));
      assertThat(loaded).containsExactly(7L, 8L, 9L);
    } finally {
      store.shutDown();
    }
  }

  // ---- the global stream and tokens ----

  @Test
  void theGlobalStreamHasEveryEventOnceInPositionOrderIncludingEventsOfNoAggregate() {
    String a = newAggregate();
    String b = newAggregate();
    engine.appendEvents(events(a, 0, 2));
    engine.appendEvents(
        GenericEventMessage.asEventMessage(new Noted("no aggregate", BigDecimal.TEN)));
    engine.appendEvents(events(b, 0, 0));

    List<TrackedEventMessage<?>> all = globalStream(engine.createTailToken());

    assertThat(texts(all)).containsExactly(a + "#0", a + "#1", a + "#2", "no aggregate", b + "#0");
    assertThat(all)
        .extracting(MongoCommitEventStorageEngineTest::position)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(all.get(3)).isNotInstanceOf(DomainEventMessage.class);
  }

  @Test
  void readingResumesExactlyAfterAnyTokenEvenOneInsideACommit() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 4)); // positions 1-5 in one commit
    engine.appendEvents(events(ticket, 5, 6)); // positions 6-7

    List<TrackedEventMessage<?>> all = globalStream(null);
    for (int i = 0; i < all.size(); i++) {
      List<TrackedEventMessage<?>> rest = globalStream(all.get(i).trackingToken());
      assertThat(texts(rest))
          .as("after event " + i)
          .isEqualTo(texts(all.subList(i + 1, all.size())));
    }
  }

  @Test
  void smallBatchesReadEveryEventOnce() {
    MongoCommitEventStorageEngine smallBatches = engine(builder -> builder.batchSize(3));
    for (int i = 0; i < 10; i++) {
      engine.appendEvents(events(newAggregate(), 0, i % 3));
    }

    List<? extends TrackedEventMessage<?>> all = smallBatches.readEvents(null, false).toList();

    assertThat(all).hasSize(19); // 1+2+3+1+2+3+1+2+3+1
    assertThat(all)
        .extracting(MongoCommitEventStorageEngineTest::position)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 19).mapToObj(Long::valueOf).toList());
  }

  /**
   * The engine's fetches of the global stream through a client of its own, by the thread that made
   * them: each fetch reads the head of the positions counter once.
   */
  private static final class EventReads implements CommandListener, AutoCloseable {

    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final MongoClient client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.connectionString()))
                .addCommandListener(this)
                .build());

    @Override
    public void commandStarted(CommandStartedEvent event) {
      if (event.getCommandName().equals("find")
          && GlobalPositions.COLLECTION.equals(event.getCommand().getString("find").getValue())) {
        threads.add(Thread.currentThread().getName());
      }
    }

    long onReadAheadThreads() {
      return threads.stream().filter(name -> name.startsWith("event-stream-read-ahead-")).count();
    }

    @Override
    public void close() {
      client.close();
    }
  }

  @Test
  void theNextBatchIsReadWhileTheConsumerHandlesTheOneBefore() {
    for (int i = 0; i < 4; i++) {
      engine.appendEvents(events(newAggregate(), 0, 2)); // 12 events
    }
    try (EventReads reads = new EventReads()) {
      MongoCommitEventStorageEngine batchesOf3 =
          engine(
              builder ->
                  builder.database(reads.client.getDatabase(database.getName())).batchSize(3));

      List<? extends TrackedEventMessage<?>> all = batchesOf3.readEvents(null, false).toList();

      assertThat(all)
          .extracting(MongoCommitEventStorageEngineTest::position)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
      // batches 2 to 4 were read ahead of the consumer; the first, and the empty one after the
      // head, when it asked
      assertThat(reads.onReadAheadThreads()).isEqualTo(3);
      assertThat(reads.threads).filteredOn(Thread.currentThread().getName()::equals).hasSize(2);
    }
  }

  @Test
  void nothingIsReadAheadFromTheHeadOn() {
    engine.appendEvents(events(newAggregate(), 0, 2));
    try (EventReads reads = new EventReads()) {
      MongoCommitEventStorageEngine batchesOf3 =
          engine(
              builder ->
                  builder.database(reads.client.getDatabase(database.getName())).batchSize(3));

      assertThat(batchesOf3.readEvents(null, false).toList()).hasSize(3);

      assertThat(reads.threads).isNotEmpty();
      assertThat(reads.onReadAheadThreads()).isZero();
    }
  }

  @Test
  void aBatchThatCannotBeReadAheadFailsTheStreamInsteadOfEndingIt() {
    for (int i = 0; i < 4; i++) {
      engine.appendEvents(events(newAggregate(), 0, 2));
    }
    EventReads reads = new EventReads();
    MongoCommitEventStorageEngine batchesOf3 =
        engine(
            builder -> builder.database(reads.client.getDatabase(database.getName())).batchSize(3));
    Iterator<? extends TrackedEventMessage<?>> stream =
        batchesOf3.readEvents(null, false).iterator();
    assertThat(stream.next().trackingToken().position()).hasValue(1L);

    reads.close(); // the batches still to be read can no longer be

    assertThatThrownBy(
            () -> {
              while (stream.hasNext()) {
                stream.next();
              }
            })
        .isInstanceOfAny(IllegalStateException.class, MongoException.class)
        .satisfies(
            failure ->
                assertThat(failure.getStackTrace())
                    .as("failed on the read-ahead thread")
                    .anyMatch(frame -> frame.getClassName().equals(FutureTask.class.getName())));
  }

  @Test
  void aStreamAtTheHeadSeesEventsAppendedLaterWhenAskedAgain() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 1));
    Iterator<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false).iterator();
    assertThat(stream.next().trackingToken().position()).hasValue(1L);
    assertThat(stream.next().trackingToken().position()).hasValue(2L);
    assertThat(stream.hasNext()).isFalse();

    engine.appendEvents(events(ticket, 2, 2));

    assertThat(stream.hasNext()).isTrue(); // as Axon's private streams expect, waiting on it
    assertThat(texts(List.of(stream.next()))).containsExactly(ticket + "#2");
  }

  @Test
  void aPositionHandedOutButNotYetStoredIsAGapAndItsEventIsDeliveredWhenItArrives() {
    String ticket = newAggregate();
    engine.appendEvents(event(ticket, 0)); // position 1
    GlobalPositions positions = new GlobalPositions(database);
    long inFlight = positions.allocate(1).first(); // position 2: an append still under way
    engine.appendEvents(event(ticket, 1)); // position 3

    List<TrackedEventMessage<?>> first = globalStream(null);
    assertThat(texts(first)).containsExactly(ticket + "#0", ticket + "#1");
    GapAwareTrackingToken token = (GapAwareTrackingToken) first.get(1).trackingToken();
    assertThat(token.getGaps()).containsExactly(inFlight);

    String late = newAggregate();
    storeCommitAt(inFlight, List.of(event(late, 0)));
    List<TrackedEventMessage<?>> second = globalStream(token);

    assertThat(texts(second)).containsExactly(late + "#0");
    assertThat(((GapAwareTrackingToken) second.get(0).trackingToken()).getGaps()).isEmpty();
    assertThat(globalStream(second.get(0).trackingToken())).isEmpty();
  }

  @Test
  void aGapInsideACommitStillInFlightIsDeliveredWhenTheCommitArrives() {
    String ticket = newAggregate();
    engine.appendEvents(event(ticket, 0)); // position 1
    long inFlight = new GlobalPositions(database).allocate(2).first(); // 2, 3: one commit
    engine.appendEvents(event(ticket, 1)); // position 4
    // a token whose gaps begin inside that commit, as a head token's window or a gap offset can
    GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(4, List.of(inFlight + 1));

    String late = newAggregate();
    storeCommitAt(inFlight, List.of(event(late, 0), event(late, 1)));
    List<TrackedEventMessage<?>> read = globalStream(token);

    assertThat(texts(read)).containsExactly(late + "#1");
    assertThat(((GapAwareTrackingToken) read.get(0).trackingToken()).getGaps()).isEmpty();
  }

  @Test
  void aGapBehindAllocationsOlderThanTheGapTimeoutIsGivenUp() throws InterruptedException {
    MongoCommitEventStorageEngine quickToGiveUp =
        engine(builder -> builder.gapTimeout(Duration.ofMillis(200)));
    String ticket = newAggregate();
    engine.appendEvents(event(ticket, 0)); // position 1
    new GlobalPositions(database).allocate(1); // position 2: lost for good
    engine.appendEvents(event(ticket, 1)); // position 3
    Thread.sleep(400); // the gap timeout passes on the database server's clock
    engine.appendEvents(event(ticket, 2)); // position 4: allocations have moved on since

    List<? extends TrackedEventMessage<?>> read = quickToGiveUp.readEvents(null, false).toList();

    assertThat(read).hasSize(3);
    assertThat(((GapAwareTrackingToken) read.get(1).trackingToken()).getGaps()).isEmpty();
  }

  @Test
  void aGapIsKeptHoweverOldTheEventsAfterItClaimToBe() {
    String ticket = newAggregate();
    engine.appendEvents(event(ticket, 0)); // position 1
    long inFlight = new GlobalPositions(database).allocate(1).first(); // 2: still under way
    // an instance whose clock is an hour behind, or a command that took an hour to store
    GenericEventMessage.clock = Clock.fixed(Instant.now().minusSeconds(3600), ZoneOffset.UTC);
    engine.appendEvents(event(ticket, 1)); // position 3
    engine.appendEvents(event(ticket, 2)); // position 4

    List<TrackedEventMessage<?>> read = globalStream(null);

    assertThat(((GapAwareTrackingToken) read.get(2).trackingToken()).getGaps())
        .containsExactly(inFlight);
    String late = newAggregate();
    storeCommitAt(inFlight, List.of(event(late, 0)));
    assertThat(texts(globalStream(read.get(2).trackingToken()))).containsExactly(late + "#0");
  }

  @Test
  void aLongRunOfLostPositionsIsCrossedToTheEventsBeyond() {
    MongoCommitEventStorageEngine batchesOf100 = engine(builder -> builder.batchSize(100));
    String ticket = newAggregate();
    engine.appendEvents(event(ticket, 0));
    new GlobalPositions(database).allocate(450); // failed appends, or a crashed instance's
    engine.appendEvents(event(ticket, 1));

    List<? extends TrackedEventMessage<?>> read = batchesOf100.readEvents(null, false).toList();

    assertThat(texts(read)).containsExactly(ticket + "#0", ticket + "#1");
    assertThat(position(read.get(1))).isEqualTo(452);
  }

  /** An engine that gives gaps up after 200 ms and cleans them once a token holds more than 3. */
  private MongoCommitEventStorageEngine quickToClean() {
    return engine(builder -> builder.gapTimeout(Duration.ofMillis(200)).gapCleaningThreshold(3));
  }

  /** Appends the ticket's next events one by one, each followed by a position that is lost. */
  private void appendEachFollowedByALostPosition(String ticket, int events) {
    GlobalPositions positions = new GlobalPositions(database);
    long first = aggregateStream(ticket, 0).size();
    for (long sequence = first; sequence < first + events; sequence++) {
      engine.appendEvents(event(ticket, sequence));
      positions.allocate(1);
    }
  }

  @Test
  void manyOldGapsAreCleanedOnceThereAreMoreThanTheThreshold() throws InterruptedException {
    MongoCommitEventStorageEngine cleaning = quickToClean();
    GlobalPositions positions = new GlobalPositions(database);
    String ticket = newAggregate();
    appendEachFollowedByALostPosition(ticket, 6); // 1, 3, …, 11 stored; 2, 4, …, 12 lost
    TrackingToken token =
        cleaning.readEvents(null, false).reduce((x, y) -> y).orElseThrow().trackingToken();
    assertThat(((GapAwareTrackingToken) token).getGaps()).containsExactly(2L, 4L, 6L, 8L, 10L);

    Thread.sleep(400); // the gap timeout passes on the database server's clock
    long inFlight = positions.allocate(1).first(); // 13: recent, still under way
    engine.appendEvents(event(ticket, 6)); // 14
    List<? extends TrackedEventData<?>> next = cleaning.fetchTrackedEvents(token, 100);

    assertThat(next).hasSize(1);
    assertThat(((GapAwareTrackingToken) next.get(0).trackingToken()).getGaps())
        .containsExactly(12L, inFlight); // the old ones below 11 are gone
  }

  @Test
  void cleaningKeepsAnOldGapWhoseCommitHasJustArrived() throws InterruptedException {
    MongoCommitEventStorageEngine cleaning = quickToClean();
    String ticket = newAggregate();
    long slow = new GlobalPositions(database).allocate(2).first(); // 1 and 2: one slow commit
    appendEachFollowedByALostPosition(ticket, 5); // 3, 5, …, 11 stored; 4, 6, …, 12 lost
    // a token whose gaps begin inside the slow commit, as a head token's window can
    GapAwareTrackingToken token =
        GapAwareTrackingToken.newInstance(11, List.of(2L, 4L, 6L, 8L, 10L));
    Thread.sleep(400);
    String late = newAggregate();
    storeCommitAt(slow, List.of(event(late, 0), event(late, 1)));
    engine.appendEvents(event(ticket, 5)); // 13

    List<? extends TrackedEventData<?>> next = cleaning.fetchTrackedEvents(token, 100);

    assertThat(next)
        .extracting(e -> ((DomainEventData<?>) e).getAggregateIdentifier())
        .containsExactly(late, ticket); // position 2 of the slow commit, then 13
  }

  @Test
  void theHeadTokenSkipsWhatIsStoredButStillCatchesAppendsInFlightWhenItWasMade() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 1));
    long inFlight = new GlobalPositions(database).allocate(1).first();

    TrackingToken head = engine.createHeadToken();
    storeCommitAt(inFlight, List.of(event(ticket, 2)));
    engine.appendEvents(event(ticket, 3));

    assertThat(texts(globalStream(head))).containsExactly(ticket + "#2", ticket + "#3");
  }

  @Test
  void theTailTokenReadsEverything() {
    engine.appendEvents(events(newAggregate(), 0, 2));

    assertThat(globalStream(engine.createTailToken())).hasSize(3);
  }

  @Test
  void aTokenAtATimeReadsTheEventsStoredFromThenOn() {
    MongoCommitEventStorageEngine precise = engine(builder -> builder.gapTimeout(Duration.ZERO));
    String ticket = newAggregate();
    for (int minute = 0; minute < 40; minute++) {
      GenericEventMessage.clock = Clock.fixed(T0.plusSeconds(60L * minute), ZoneOffset.UTC);
      engine.appendEvents(events(ticket, 2L * minute, 2L * minute + 1));
      if (minute % 7 == 0) {
        new GlobalPositions(database).allocate(3); // holes the search must step over
      }
    }

    List<TrackedEventMessage<?>> fromMinute25 =
        globalStream(precise.createTokenAt(T0.plusSeconds(60L * 25).minusMillis(1)));

    assertThat(fromMinute25).hasSize(2 * 15);
    assertThat(texts(fromMinute25).get(0)).isEqualTo(ticket + "#50");
    assertThat(globalStream(precise.createTokenAt(T0.minusSeconds(1)))).hasSize(80);
    assertThat(globalStream(precise.createTokenAt(T0.plusSeconds(3600)))).isEmpty();
  }

  @Test
  void aTokenAtATimeStartsAGapTimeoutEarlyByDefaultSoThatClockSkewLosesNothing() {
    String ticket = newAggregate();
    for (int second = 0; second < 180; second += 30) {
      GenericEventMessage.clock = Clock.fixed(T0.plusSeconds(second), ZoneOffset.UTC);
      engine.appendEvents(event(ticket, second / 30));
    }

    List<TrackedEventMessage<?>> read = globalStream(engine.createTokenAt(T0.plusSeconds(120)));

    assertThat(texts(read))
        .containsExactly(ticket + "#2", ticket + "#3", ticket + "#4", ticket + "#5");
  }

  // ---- serialization ----

  @Test
  void upcastersApplyToStoredEvents() {
    String ticket = newAggregate();
    engine.appendEvents(event(ticket, 0));
    database
        .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
        .updateOne(
            new Document(),
            new Document(
                "$set",
                new Document("events.0.payloadRevision", "1")
                    .append(
                        "events.0.payload",
                        "{\"title\":\"written by revision 1\",\"amount\":1.50}")));
    SingleEventUpcaster titleBecameText =
        new SingleEventUpcaster() {
          @Override
          protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(Noted.class.getName())
                && "1".equals(representation.getType().getRevision());
          }

          @Override
          protected IntermediateEventRepresentation doUpcast(
              IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                new SimpleSerializedType(Noted.class.getName(), "2"),
                JsonNode.class,
                node -> {
                  ObjectNode upcast = (ObjectNode) node;
                  upcast.set("text", upcast.remove("title"));
                  return upcast;
                });
          }
        };
    MongoCommitEventStorageEngine upcasting =
        engine(builder -> builder.upcasterChain(titleBecameText));

    Noted read = (Noted) upcasting.readEvents(ticket, 0).next().getPayload();

    assertThat(read).isEqualTo(new Noted("written by revision 1", new BigDecimal("1.50")));
    assertThat(upcasting.readEvents(null, false).findFirst().orElseThrow().getPayload())
        .isEqualTo(read);
  }

  @Test
  void anAppendAfterACounterThatFellBehindMovesOnToFreePositions() {
    String ticket = newAggregate();
    engine.appendEvents(events(ticket, 0, 2)); // positions 1-3
    setCounter(1); // an increment lost in a fail-over

    engine.appendEvents(event(ticket, 3));

    assertThat(position(globalStream(null).get(3))).isEqualTo(4);
  }

  @Test
  void aCounterFarBehindTheStoreIsAStoreFailureNotAConcurrencyConflict() {
    engine.appendEvents(events(newAggregate(), 0, 19)); // positions 1-20
    setCounter(0); // restored from an old backup

    assertThatThrownBy(() -> engine.appendEvents(event(newAggregate(), 0)))
        .isInstanceOf(EventStoreException.class)
        .isNotInstanceOfAny(ConcurrencyException.class, AggregateStreamCreationException.class);
  }

  private void setCounter(long last) {
    database
        .getCollection(GlobalPositions.COLLECTION)
        .updateOne(new Document("_id", "global"), new Document("$set", new Document("last", last)));
  }
}
