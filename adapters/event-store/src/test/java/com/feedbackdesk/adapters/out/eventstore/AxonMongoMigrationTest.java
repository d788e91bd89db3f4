package com.feedbackdesk.adapters.out.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A data directory written by the previous engine (axon-mongo) is migrated on first start: same
 * events, same order, same identifiers; processors continue where they were; running it again
 * changes nothing; an interrupted run resumes.
 */
class AxonMongoMigrationTest {

  private static final Instant T0 = Instant.parse("2024-05-20T02:00:00Z");
  private static final String PROCESSOR = "ticket-views";

  private final Serializer serializer = TestJson.serializer();
  private MongoDatabase database;
  private MongoTemplate oldTemplate;
  private Clock originalClock;
  private List<TrackedEventMessage<?>> oldOrder;

  @BeforeEach
  void writeWithThePreviousEngine() {
    originalClock = GenericEventMessage.clock;
    database = TestMongo.freshDatabase();
    oldTemplate = DefaultMongoTemplate.builder().mongoDatabase(database).build();
    MongoEventStorageEngine old =
        MongoEventStorageEngine.builder()
            .mongoTemplate(oldTemplate)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .build();
    List<String> tickets = List.of(id(), id(), id());
    int n = 0;
    for (int round = 0; round < 6; round++) {
      for (String ticket : tickets) {
        GenericEventMessage.clock = Clock.fixed(T0.plusMillis(400L * n++), ZoneOffset.UTC);
        old.appendEvents(event(ticket, round));
      }
    }
    oldOrder = new ArrayList<>(old.readEvents(null, false).toList());
    assertThat(oldOrder).hasSize(18);
  }

  @AfterEach
  void restoreClock() {
    GenericEventMessage.clock = originalClock;
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private static DomainEventMessage<?> event(String ticket, long sequence) {
    return new GenericDomainEventMessage<>(
        "Case",
        ticket,
        sequence,
        new MongoCommitEventStorageEngineTest.Noted(
            ticket + "#" + sequence, new BigDecimal("9.90")),
        MetaData.with("migrated", "yes"));
  }

  private MongoTokenStore oldTokenStore() {
    return MongoTokenStore.builder().mongoTemplate(oldTemplate).serializer(serializer).build();
  }

  private void storeOldToken(TrackingToken token) {
    MongoTokenStore tokens = oldTokenStore();
    if (tokens.fetchSegments(PROCESSOR).length == 0) {
      tokens.initializeTokenSegments(PROCESSOR, 1);
    }
    tokens.fetchToken(PROCESSOR, 0);
    tokens.storeToken(token, PROCESSOR, 0);
    tokens.releaseClaim(PROCESSOR, 0);
  }

  private MongoCommitEventStorageEngine newEngine() {
    return MongoCommitEventStorageEngine.builder()
        .database(database)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .build();
  }

  private static List<String> ids(List<? extends EventMessage<?>> events) {
    return events.stream().map(EventMessage::getIdentifier).toList();
  }

  @Test
  void eventsKeepTheirOrderIdentifiersAndContentAndProcessorsContinueWhereTheyWere() {
    storeOldToken(oldOrder.get(9).trackingToken()); // processed 10 of 18

    AxonMongoMigration.Result result = new AxonMongoMigration(database, serializer).migrate();

    assertThat(result).isEqualTo(new AxonMongoMigration.Result(true, 18, 1));
    MongoCommitEventStorageEngine engine = newEngine();
    List<? extends TrackedEventMessage<?>> newOrder = engine.readEvents(null, false).toList();
    assertThat(ids(newOrder)).isEqualTo(ids(oldOrder));
    for (int i = 0; i < newOrder.size(); i++) {
      assertThat(newOrder.get(i).getPayload()).isEqualTo(oldOrder.get(i).getPayload());
      assertThat(newOrder.get(i).getMetaData()).isEqualTo(oldOrder.get(i).getMetaData());
      assertThat(newOrder.get(i).getTimestamp()).isEqualTo(oldOrder.get(i).getTimestamp());
      DomainEventMessage<?> migrated = (DomainEventMessage<?>) newOrder.get(i);
      DomainEventMessage<?> original = (DomainEventMessage<?>) oldOrder.get(i);
      assertThat(migrated.getAggregateIdentifier()).isEqualTo(original.getAggregateIdentifier());
      assertThat(migrated.getSequenceNumber()).isEqualTo(original.getSequenceNumber());
    }
    String ticket = ((DomainEventMessage<?>) oldOrder.get(0)).getAggregateIdentifier();
    assertThat(engine.readEvents(ticket, 0).asStream().map(DomainEventMessage::getSequenceNumber))
        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);

    TrackingToken converted = oldTokenStore().fetchToken(PROCESSOR, 0);
    assertThat(ids(engine.readEvents(converted, false).toList()))
        .isEqualTo(ids(oldOrder.subList(10, 18)));

    engine.appendEvents(event(ticket, 6));
    assertThat(
            engine
                .readEvents(null, false)
                .reduce((a, b) -> b)
                .orElseThrow()
                .trackingToken()
                .position())
        .hasValue(19);
  }

  @Test
  void aSecondRunChangesNothing() {
    new AxonMongoMigration(database, serializer).migrate();
    long commits =
        database.getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION).countDocuments();

    AxonMongoMigration.Result again = new AxonMongoMigration(database, serializer).migrate();

    assertThat(again.ran()).isFalse();
    assertThat(
            database
                .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
                .countDocuments())
        .isEqualTo(commits);
  }

  @Test
  void aMigrationInterruptedHalfwayResumesAndEndsInTheSameState() {
    storeOldToken(oldOrder.get(4).trackingToken());
    new AxonMongoMigration(database, serializer).migrate();
    List<Document> complete = new ArrayList<>();
    database
        .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
        .find()
        .forEach(complete::add);
    // back to the state of a crash after half the copies, before the counter and tokens
    database
        .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
        .deleteMany(Filters.gt("_id", 9L));
    database
        .getCollection(GlobalPositions.COLLECTION)
        .updateOne(new Document("_id", "global"), new Document("$set", new Document("last", 0L)));
    database
        .getCollection(AxonMongoMigration.MARKERS)
        .updateOne(
            new Document("_id", "axon-mongo"),
            new Document("$set", new Document("state", "running")));
    storeOldToken(oldOrder.get(4).trackingToken());

    AxonMongoMigration.Result resumed = new AxonMongoMigration(database, serializer).migrate();

    assertThat(resumed.ran()).isTrue();
    List<Document> after = new ArrayList<>();
    database
        .getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION)
        .find()
        .forEach(after::add);
    assertThat(after).containsExactlyInAnyOrderElementsOf(complete);
    assertThat(
            ids(newEngine().readEvents(oldTokenStore().fetchToken(PROCESSOR, 0), false).toList()))
        .isEqualTo(ids(oldOrder.subList(5, 18)));
  }

  @Test
  void aResumedMigrationStopsWhenAReservedPositionHoldsAnotherEvent() {
    new AxonMongoMigration(database, serializer).migrate();
    var events = database.getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION);
    Document third = events.find(Filters.eq("_id", 3L)).first();
    third.getList("events", Document.class).get(0).put("eventId", "appended-meanwhile");
    events.replaceOne(Filters.eq("_id", 3L), third);
    database
        .getCollection(AxonMongoMigration.MARKERS)
        .updateOne(
            new Document("_id", "axon-mongo"),
            new Document("$set", new Document("state", "running")));

    assertThatThrownBy(() -> new AxonMongoMigration(database, serializer).migrate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("position 3")
        .hasMessageContaining("appended-meanwhile");
  }

  @Test
  void aProcessorStoppedInTheMiddleOfAReplayIsNamedInsteadOfLeftUnreadable() {
    storeOldToken(ReplayToken.createReplayToken(oldOrder.get(9).trackingToken()));

    assertThatThrownBy(() -> new AxonMongoMigration(database, serializer).migrate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(PROCESSOR)
        .hasMessageContaining("ReplayToken");
  }

  @Test
  void aStoreWithoutThePreviousEnginesDataIsLeftAlone() {
    MongoDatabase empty = TestMongo.freshDatabase();

    AxonMongoMigration.Result result = new AxonMongoMigration(empty, serializer).migrate();

    assertThat(result.ran()).isFalse();
    assertThat(
            empty.getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION).countDocuments())
        .isZero();
  }
}
