package com.feedbackdesk.adapters.out.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Stores for benchmarks and tests, written in exactly the documents the engine writes. Shared with
 * the bootstrap module's benchmarks through this module's test-jar.
 */
public final class EventStoreFixtures {

  /** How many events each generated case has. */
  public static final int EVENTS_PER_CASE = 50;

  /** The aggregate type of the generated cases. */
  public static final String AGGREGATE_TYPE = "Case";

  private EventStoreFixtures() {}

  public static MongoCommitEventStorageEngine engine(
      MongoDatabase database, Serializer serializer) {
    return MongoCommitEventStorageEngine.builder()
        .database(database)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .build();
  }

  /** The highest global position handed out so far. */
  public static long head(MongoDatabase database) {
    return new GlobalPositions(database).head().last();
  }

  /**
   * Appends {@code cases} cases of {@link #EVENTS_PER_CASE} events each, as a service would have:
   * the opening two events in one commit, every later event in a commit of its own, and a hundred
   * cases in progress at a time, so that each case's commits lie scattered among other cases' as
   * they would in real life. Written straight into the collection in large batches, so that a store
   * of a million events takes minutes rather than hours; the documents are the engine's own.
   *
   * @return the ids of the cases
   */
  public static List<String> appendCases(MongoDatabase database, int cases, Serializer serializer) {
    Random random = new Random(cases);
    List<String> ids = new ArrayList<>(cases);
    List<Deque<List<EventMessage<?>>>> inProgress = new ArrayList<>();
    List<List<EventMessage<?>>> commits = new ArrayList<>();
    int started = 0;
    while (started < cases || !inProgress.isEmpty()) {
      while (started < cases && inProgress.size() < 100) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        inProgress.add(new ArrayDeque<>(caseCommits(id, started++)));
      }
      int next = random.nextInt(inProgress.size());
      commits.add(inProgress.get(next).removeFirst());
      if (inProgress.get(next).isEmpty()) {
        inProgress.remove(next);
      }
    }
    appendCommits(database, commits, serializer);
    return ids;
  }

  /**
   * Appends the commits as the engine would have, straight into the collection in batches of a
   * thousand (a store of a million events in minutes), each commit's events serialized with the
   * serializer and timestamped as their messages say; returns how many events were appended.
   */
  public static long appendCommits(
      MongoDatabase database,
      Iterable<? extends List<? extends EventMessage<?>>> commits,
      Serializer serializer) {
    GlobalPositions positions = new GlobalPositions(database);
    MongoCollection<Document> events =
        database.getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION);
    List<Document> batch = new ArrayList<>();
    long first = positions.head().last() + 1;
    long position = first;
    for (List<? extends EventMessage<?>> commit : commits) {
      batch.add(
          EventCommits.commit(
              position, commit.get(0).getTimestamp(), EventCommits.serialize(commit, serializer)));
      position += commit.size();
      if (batch.size() == 1000) {
        events.insertMany(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      events.insertMany(batch);
    }
    positions.advanceTo(position - 1);
    return position - first;
  }

  /** The commit document the engine would write for these events at this position. */
  public static Document commitDocument(
      long position, List<? extends EventMessage<?>> events, Serializer serializer) {
    return EventCommits.commit(position, Instant.now(), EventCommits.serialize(events, serializer));
  }

  /** The events of a case's first commit. */
  public static List<EventMessage<?>> opening(String caseId, long serial) {
    return caseCommits(caseId, serial).get(0);
  }

  /** A collection with the events collection's unique indexes, for raw-driver comparisons. */
  public static MongoCollection<Document> collectionLikeEvents(
      MongoDatabase database, String name) {
    MongoCollection<Document> collection = database.getCollection(name);
    collection.createIndex(Indexes.ascending("positions"), new IndexOptions().unique(true));
    collection.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true).sparse(true));
    collection.createIndex(
        Indexes.ascending("starts"), new IndexOptions().unique(true).sparse(true));
    return collection;
  }

  /** The first event of a generated case, about the size of a ticket's submission. */
  public record CaseOpened(
      String caseId,
      String number,
      String channel,
      String customerId,
      String customerName,
      String orderNumber,
      String region,
      String description,
      Instant occurredAt,
      Instant at) {}

  /** The second event of a generated case's first commit. */
  public record CaseClassified(
      String caseId, String category, String priority, List<String> rules, Instant at) {}

  /** Every later event of a generated case. */
  public record CaseNoted(String caseId, String text, String author, Instant at) {}

  private static List<List<EventMessage<?>>> caseCommits(String id, long serial) {
    Instant at = Instant.parse("2024-05-20T02:00:00Z").plusSeconds(serial);
    List<Object> events = new ArrayList<>();
    events.add(
        new CaseOpened(
            id,
            String.format("FW20240520%03d", serial + 1),
            "APP",
            "C10086",
            "王芳",
            "SO-2024-" + serial,
            "Shanghai",
            "收到的包裹外箱破损，杯子碎了。客服电话一直打不通，希望尽快处理。",
            at,
            at));
    events.add(new CaseClassified(id, "CQ02", "P2", List.of("damaged-in-transit"), at));
    while (events.size() < EVENTS_PER_CASE) {
      int n = events.size();
      events.add(
          new CaseNoted(
              id,
              n % 2 == 0 ? "您好，我们正在跟进您的问题（第" + n + "次回复）" : "物流方回复：包裹在中转站受损，已申请理赔 #" + n,
              "li.na",
              at));
    }
    List<List<EventMessage<?>>> commits = new ArrayList<>();
    commits.add(List.of(message(id, 0, events.get(0)), message(id, 1, events.get(1))));
    for (int i = 2; i < events.size(); i++) {
      commits.add(List.of(message(id, i, events.get(i))));
    }
    return commits;
  }

  private static EventMessage<?> message(String id, long sequence, Object event) {
    return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id, sequence, event);
  }
}
