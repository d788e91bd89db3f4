package com.feedbackdesk.adapters.out.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The stored form of a commit: all events one unit of work appended, in one document, so they are
 * stored together or not at all.
 *
 * <pre>
 * {
 *   _id:       17,                                  // global position of the first event
 *   positions: [17, 18, 19],                        // every event's global position (unique)
 *   keys:      ["6f1c…/4", "6f1c…/5", "6f1c…/6"],   // aggregate id / sequence number (unique)
 *   starts:    ["6f1c…/4"],                         // each aggregate's first key in the commit
 *   time:      ISODate("2024-05-20T02:00:00.123Z"), // the first event's time
 *   earlierBy: ISODate("2024-05-20T02:00:00.119Z"), // positions 1-16 were handed out by then
 *   events: [ { eventId, aggregateType, aggregateId, sequenceNumber,
 *               timestamp: "2024-05-20T02:00:00.123456Z", payloadType, payloadRevision,
 *               payload: "{…json…}", metaData: "{…json…}" }, … ]
 * }
 * </pre>
 *
 * Events that belong to no aggregate have no key and no aggregate fields. Payload and meta-data are
 * the serializer's JSON text, kept as text so that nothing (decimals, precision) is lost.
 */
final class EventCommits {

  static final String ID = "_id";
  static final String POSITIONS = "positions";
  static final String KEYS = "keys";
  static final String STARTS = "starts";
  static final String TIME = "time";
  static final String EARLIER_BY = "earlierBy";
  static final String EVENTS = "events";

  private static final String EVENT_ID = "eventId";
  private static final String AGGREGATE_TYPE = "aggregateType";
  private static final String AGGREGATE_ID = "aggregateId";
  private static final String SEQUENCE = "sequenceNumber";
  private static final String TIMESTAMP = "timestamp";
  private static final String PAYLOAD_TYPE = "payloadType";
  private static final String PAYLOAD_REVISION = "payloadRevision";
  private static final String PAYLOAD = "payload";
  private static final String META_DATA = "metaData";

  private EventCommits() {}

  /** The key under which an aggregate's event is unique. */
  static String key(String aggregateId, long sequenceNumber) {
    return aggregateId + "/" + sequenceNumber;
  }

  /**
   * The events, serialized, in the order given; positions and keys are added by {@link #commit}.
   */
  static List<Document> serialize(List<? extends EventMessage<?>> events, Serializer serializer) {
    List<Document> serialized = new ArrayList<>(events.size());
    for (EventMessage<?> event : events) {
      SerializedObject<String> payload = event.serializePayload(serializer, String.class);
      SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
      DomainEventMessage<?> ofAggregate =
          event instanceof DomainEventMessage<?> domainEvent
                  && domainEvent.getAggregateIdentifier() != null
              ? domainEvent
              : null;
      serialized.add(
          event(
              event.getIdentifier(),
              ofAggregate == null ? null : ofAggregate.getType(),
              ofAggregate == null ? null : ofAggregate.getAggregateIdentifier(),
              ofAggregate == null ? null : ofAggregate.getSequenceNumber(),
              event.getTimestamp().toString(),
              payload.getType().getName(),
              payload.getType().getRevision(),
              payload.getData(),
              metaData.getData()));
    }
    return serialized;
  }

  /** One stored event from its parts; the aggregate parts are null for an event of no aggregate. */
  static Document event(
      String eventId,
      String aggregateType,
      String aggregateId,
      Long sequenceNumber,
      String timestamp,
      String payloadType,
      String payloadRevision,
      String payload,
      String metaData) {
    Document event = new Document(EVENT_ID, eventId);
    if (aggregateId != null) {
      event
          .append(AGGREGATE_TYPE, aggregateType)
          .append(AGGREGATE_ID, aggregateId)
          .append(SEQUENCE, sequenceNumber);
    }
    return event
        .append(TIMESTAMP, timestamp)
        .append(PAYLOAD_TYPE, payloadType)
        .append(PAYLOAD_REVISION, payloadRevision)
        .append(PAYLOAD, payload)
        .append(META_DATA, metaData);
  }

  /**
   * The commit document of serialized events placed from {@code firstPosition} on.
   *
   * @param earlierBy when every lower position had been handed out, by the database server's clock
   *     (see {@link GlobalPositions.Allocation}); null for commits copied from elsewhere
   */
  static Document commit(long firstPosition, Instant earlierBy, List<Document> events) {
    List<Long> positions = new ArrayList<>(events.size());
    List<String> keys = new ArrayList<>(events.size());
    List<String> starts = new ArrayList<>(1);
    Set<String> aggregates = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      positions.add(firstPosition + i);
      Document event = events.get(i);
      if (event.containsKey(AGGREGATE_ID)) {
        String key = key(event.getString(AGGREGATE_ID), event.getLong(SEQUENCE));
        keys.add(key);
        if (aggregates.add(event.getString(AGGREGATE_ID))) {
          starts.add(key);
        }
      }
    }
    Document commit =
        new Document(ID, firstPosition)
            .append(POSITIONS, positions)
            .append(
                TIME, Date.from(DateTimeUtils.parseInstant(events.get(0).getString(TIMESTAMP))));
    if (earlierBy != null) {
      commit.append(EARLIER_BY, Date.from(earlierBy));
    }
    if (!keys.isEmpty()) {
      commit.append(KEYS, keys).append(STARTS, starts);
    }
    return commit.append(EVENTS, events);
  }

  /** A stored event as the event data Axon upcasts and deserializes. */
  static DomainEventData<String> eventData(Document event) {
    String aggregateId = event.getString(AGGREGATE_ID);
    Long sequence = event.getLong(SEQUENCE);
    return new GenericDomainEventEntry<>(
        event.getString(AGGREGATE_TYPE),
        aggregateId,
        sequence == null ? 0 : sequence,
        event.getString(EVENT_ID),
        event.getString(TIMESTAMP),
        event.getString(PAYLOAD_TYPE),
        event.getString(PAYLOAD_REVISION),
        event.getString(PAYLOAD),
        event.getString(META_DATA));
  }

  /** The commit's events, each with its global position. */
  static void forEachEvent(Document commit, PositionedEventConsumer consumer) {
    long first = commit.getLong(ID);
    List<Document> events = commit.getList(EVENTS, Document.class);
    for (int i = 0; i < events.size(); i++) {
      consumer.accept(first + i, events.get(i));
    }
  }

  /** The commit's last position. */
  static long lastPosition(Document commit) {
    return commit.getLong(ID) + commit.getList(EVENTS, Document.class).size() - 1;
  }

  static Instant time(Document commit) {
    return commit.getDate(TIME).toInstant();
  }

  /**
   * When every position below the commit's had been handed out; the epoch when the commit does not
   * say (copied from elsewhere, so nothing below it can still be in flight).
   */
  static Instant earlierBy(Document commit) {
    Date earlierBy = commit.getDate(EARLIER_BY);
    return earlierBy == null ? Instant.EPOCH : earlierBy.toInstant();
  }

  static String aggregateId(Document event) {
    return event.getString(AGGREGATE_ID);
  }

  static long sequenceNumber(Document event) {
    return event.getLong(SEQUENCE);
  }

  @FunctionalInterface
  interface PositionedEventConsumer {
    void accept(long position, Document event);
  }
}
