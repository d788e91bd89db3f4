package com.feedbackdesk.adapters.out.eventstore;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the events written by axon-mongo's storage engine (collection {@code domainevents}) into
 * {@link MongoCommitEventStorageEngine}'s layout on first start, and converts the processors'
 * tracking tokens to match, so projections continue exactly where they were.
 *
 * <ul>
 *   <li>Order: axon-mongo's processors read events by timestamp, then sequence number; that order
 *       (ties broken by event id, so it is total) becomes the order of global positions.
 *   <li>Identifiers, aggregate ids, sequence numbers, timestamps, payloads and meta-data are copied
 *       unchanged, one commit per event (axon-mongo did not record which events were appended
 *       together).
 *   <li>Idempotent: positions are decided by the order above and recorded before copying starts, a
 *       copy that is already there is skipped, and a marker records completion. A migration
 *       interrupted by a crash resumes on the next start and ends in the same state.
 *   <li>Tokens: a {@code MongoTrackingToken} counts an event as processed when its id is among the
 *       token's tracked events or it is older than the token's time minus axon-mongo's look-back (1
 *       s). It becomes a gap-aware token at the last processed position, with the unprocessed
 *       positions below as gaps.
 *   <li>The old collections are left in place; drop {@code domainevents} and {@code snapshotevents}
 *       once satisfied. Snapshots are not copied: they are a cache, rebuilt from the events.
 * </ul>
 *
 * Run it before anything appends events (the service does so at start-up).
 */
public final class AxonMongoMigration {

  static final String SOURCE = "domainevents";
  static final String MARKERS = "event_store_migrations";
  private static final String MARKER_ID = "axon-mongo";
  private static final String TOKENS = "trackingtokens";
  private static final Duration AXON_MONGO_LOOK_BACK = Duration.ofSeconds(1);
  private static final int CHUNK = 1000;
  private static final Logger log = LoggerFactory.getLogger(AxonMongoMigration.class);

  private final MongoDatabase database;
  private final Serializer tokenSerializer;

  /**
   * @param tokenSerializer the serializer the token store uses (tokens are converted in place)
   */
  public AxonMongoMigration(MongoDatabase database, Serializer tokenSerializer) {
    this.database = database;
    this.tokenSerializer = tokenSerializer;
  }

  /** What a migration did. */
  public record Result(boolean ran, long events, int tokens) {}

  /** One source event's place in the order, and what a token needs to know of it. */
  private record Source(ObjectId id, Instant timestamp, long sequence, String eventId) {}

  public Result migrate() {
    MongoCollection<Document> markers = MongoCollections.ensure(database, MARKERS);
    Document marker = markers.find(Filters.eq("_id", MARKER_ID)).first();
    if (marker != null && "done".equals(marker.getString("state"))) {
      return new Result(false, 0, 0);
    }
    boolean hasSource = false;
    for (String name : database.listCollectionNames()) {
      hasSource |= name.equals(SOURCE);
    }
    if (!hasSource || database.getCollection(SOURCE).countDocuments() == 0) {
      markers.updateOne(
          Filters.eq("_id", MARKER_ID),
          Updates.combine(Updates.set("state", "done"), Updates.set("events", 0L)),
          new UpdateOptions().upsert(true));
      return new Result(false, 0, 0);
    }

    GlobalPositions positions = new GlobalPositions(database);
    long base;
    if (marker == null) {
      base = positions.head().last();
      markers.insertOne(
          new Document("_id", MARKER_ID).append("state", "running").append("base", base));
    } else {
      base = marker.getLong("base");
    }
    List<Source> order = order();
    log.info("migrating {} events from axon-mongo's {} collection", order.size(), SOURCE);
    copy(order, base);
    positions.advanceTo(base + order.size());
    int tokens = convertTokens(order, base);
    markers.updateOne(
        Filters.eq("_id", MARKER_ID),
        Updates.combine(
            Updates.set("state", "done"),
            Updates.set("events", (long) order.size()),
            Updates.set("tokens", tokens),
            Updates.set("finishedAt", new java.util.Date())));
    log.info("migrated {} events and {} tracking tokens from axon-mongo", order.size(), tokens);
    return new Result(true, order.size(), tokens);
  }

  /** The source events in axon-mongo's reading order, keys only (the events stay on disk). */
  private List<Source> order() {
    List<Source> order = new ArrayList<>();
    database
        .getCollection(SOURCE)
        .find()
        .projection(Projections.include("timestamp", "sequenceNumber", "eventIdentifier"))
        .forEach(
            document ->
                order.add(
                    new Source(
                        document.getObjectId("_id"),
                        DateTimeUtils.parseInstant(document.getString("timestamp")),
                        document.getLong("sequenceNumber"),
                        document.getString("eventIdentifier"))));
    order.sort(
        Comparator.comparing(Source::timestamp)
            .thenComparingLong(Source::sequence)
            .thenComparing(Source::eventId));
    return order;
  }

  private void copy(List<Source> order, long base) {
    MongoCollection<Document> source = database.getCollection(SOURCE);
    MongoCollection<Document> target =
        MongoCollections.ensure(database, MongoCommitEventStorageEngine.EVENTS_COLLECTION);
    for (int from = 0; from < order.size(); from += CHUNK) {
      List<Source> chunk = order.subList(from, Math.min(from + CHUNK, order.size()));
      Map<ObjectId, Document> events = new HashMap<>();
      source
          .find(Filters.in("_id", chunk.stream().map(Source::id).toList()))
          .forEach(document -> events.put(document.getObjectId("_id"), document));
      List<Document> commits = new ArrayList<>(chunk.size());
      for (int i = 0; i < chunk.size(); i++) {
        commits.add(
            EventCommits.commit(
                base + from + i + 1, null, List.of(converted(events.get(chunk.get(i).id())))));
      }
      try {
        target.insertMany(commits, new InsertManyOptions().ordered(false));
      } catch (MongoBulkWriteException e) {
        // copies made by an earlier, interrupted run are already there; anything else is not fine
        if (!e.getWriteErrors().stream().allMatch(error -> error.getCode() == 11000)) {
          throw e;
        }
        verifyEarlierCopies(
            target,
            e.getWriteErrors().stream().map(error -> commits.get(error.getIndex())).toList());
      }
    }
  }

  /**
   * Makes sure the commits an insert found already stored are this migration's own copies, made by
   * an interrupted run: the same event at the same position. Anything else there (an event appended
   * under a position this migration reserved) would be overwritten in meaning, so it stops.
   */
  private static void verifyEarlierCopies(
      MongoCollection<Document> target, List<Document> expected) {
    Map<Long, String> stored = new HashMap<>();
    target
        .find(Filters.in("_id", expected.stream().map(c -> c.getLong("_id")).toList()))
        .forEach(commit -> stored.put(commit.getLong("_id"), firstEventId(commit)));
    for (Document commit : expected) {
      String found = stored.get(commit.getLong("_id"));
      if (!firstEventId(commit).equals(found)) {
        throw new IllegalStateException(
            "position "
                + commit.getLong("_id")
                + " reserved for migrated event "
                + firstEventId(commit)
                + " holds "
                + (found == null ? "another commit's event" : "event " + found)
                + "; the events collection was written to during the migration, which must"
                + " run before the service stores events");
      }
    }
  }

  private static String firstEventId(Document commit) {
    return commit.getList(EventCommits.EVENTS, Document.class).get(0).getString("eventId");
  }

  private static Document converted(Document event) {
    return EventCommits.event(
        event.getString("eventIdentifier"),
        event.getString("type"),
        event.getString("aggregateIdentifier"),
        event.getLong("sequenceNumber"),
        event.getString("timestamp"),
        event.getString("payloadType"),
        event.getString("payloadRevision"),
        text(event, "serializedPayload"),
        text(event, "serializedMetaData"));
  }

  /** Serialized data as JSON text; axon-mongo stored JSON serializers' output as a string. */
  private static String text(Document event, String field) {
    Object value = event.get(field);
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalStateException(
        "event "
            + event.getString("eventIdentifier")
            + " has its "
            + field
            + " stored as "
            + (value == null ? "nothing" : value.getClass().getSimpleName())
            + "; only events serialized to JSON text can be migrated");
  }

  private int convertTokens(List<Source> order, long base) {
    String oldType = MongoTrackingToken.class.getName();
    MongoCollection<Document> tokens = database.getCollection(TOKENS);
    refuseWrappedTokens(tokens, oldType);
    int converted = 0;
    for (Document entry : tokens.find(Filters.eq("tokenType", oldType))) {
      MongoTrackingToken old =
          tokenSerializer.deserialize(
              new SimpleSerializedObject<>(
                  entry.get("token", Binary.class).getData(),
                  byte[].class,
                  new SimpleSerializedType(oldType, null)));
      GapAwareTrackingToken token = equivalent(old, order, base);
      Object data = null;
      String type = null;
      if (token != null) {
        SerializedObject<byte[]> serialized = tokenSerializer.serialize(token, byte[].class);
        data = new Binary(serialized.getData());
        type = serialized.getType().getName();
      }
      converted +=
          (int)
              tokens
                  .updateOne(
                      Filters.and(
                          Filters.eq("_id", entry.get("_id")), Filters.eq("tokenType", oldType)),
                      Updates.combine(Updates.set("token", data), Updates.set("tokenType", type)))
                  .getModifiedCount();
    }
    return converted;
  }

  /**
   * Stops on a token that holds an axon-mongo token inside another (a processor stopped in the
   * middle of a replay): it cannot be converted faithfully, and the new engine would refuse it at
   * every poll. Such a processor is reset (its token entries deleted) before upgrading.
   */
  private static void refuseWrappedTokens(MongoCollection<Document> tokens, String oldType) {
    String marker = MongoTrackingToken.class.getSimpleName();
    for (Document entry : tokens.find(Filters.ne("tokenType", oldType))) {
      if (entry.get("token") instanceof Binary token
          && new String(token.getData(), StandardCharsets.UTF_8).contains(marker)) {
        throw new IllegalStateException(
            "the tracking token of processor "
                + entry.getString("processorName")
                + " (segment "
                + entry.get("segment")
                + ") is a "
                + entry.getString("tokenType")
                + " around an axon-mongo token, which cannot be converted; let the replay finish"
                + " on the previous version, or delete that processor's token entries to rebuild"
                + " it from the start, then start again");
      }
    }
  }

  /** The gap-aware token that has processed exactly what the axon-mongo token had. */
  static GapAwareTrackingToken equivalent(MongoTrackingToken old, List<Source> order, long base) {
    Instant processedBefore = old.getTimestamp().minus(AXON_MONGO_LOOK_BACK);
    long index = -1;
    SortedSet<Long> unprocessed = new TreeSet<>();
    for (int i = 0; i < order.size(); i++) {
      Source event = order.get(i);
      long position = base + i + 1;
      if (event.timestamp().isBefore(processedBefore)
          || old.getKnownEventIds().contains(event.eventId())) {
        index = position;
      } else {
        unprocessed.add(position);
      }
    }
    if (index < 0) {
      return null; // nothing processed yet: start from the beginning
    }
    final long last = index;
    unprocessed.removeIf(position -> position > last);
    return GapAwareTrackingToken.newInstance(index, unprocessed);
  }
}
