package com.feedbackdesk.adapters.out.eventstore;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import com.feedbackdesk.domain.ticket.TicketTestData;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.LocalDate;
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

  /** How many events each generated ticket has. */
  public static final int EVENTS_PER_TICKET = 50;

  private EventStoreFixtures() {}

  public static MongoCommitEventStorageEngine engine(
      MongoDatabase database, Serializer serializer) {
    return MongoCommitEventStorageEngine.builder()
        .database(database)
        .eventSerializer(serializer)
        .snapshotSerializer(EventJson.snapshotSerializer())
        .build();
  }

  /** The highest global position handed out so far. */
  public static long head(MongoDatabase database) {
    return new GlobalPositions(database).head().last();
  }

  /**
   * Appends {@code tickets} tickets of {@link #EVENTS_PER_TICKET} events each, as the service would
   * have: the submission's two events in one commit, every later event in a commit of its own, and
   * a hundred tickets in progress at a time, so that each ticket's commits lie scattered among
   * other tickets' as they would in real life. Written straight into the collection in large
   * batches, so that a store of a million events takes minutes rather than hours; the documents are
   * the engine's own.
   *
   * @return the ids of the tickets
   */
  public static List<String> appendTickets(
      MongoDatabase database, int tickets, Serializer serializer) {
    GlobalPositions positions = new GlobalPositions(database);
    MongoCollection<Document> events =
        database.getCollection(MongoCommitEventStorageEngine.EVENTS_COLLECTION);
    Random random = new Random(tickets);
    List<String> ids = new ArrayList<>(tickets);
    List<Deque<List<EventMessage<?>>>> inProgress = new ArrayList<>();
    List<Document> batch = new ArrayList<>();
    long position = positions.head().last() + 1;
    Instant earlierBy = Instant.now(); // as a live store would have it: recent
    int started = 0;
    while (started < tickets || !inProgress.isEmpty()) {
      while (started < tickets && inProgress.size() < 100) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        inProgress.add(new ArrayDeque<>(ticketCommits(id, started++)));
      }
      int next = random.nextInt(inProgress.size());
      List<EventMessage<?>> commit = inProgress.get(next).removeFirst();
      if (inProgress.get(next).isEmpty()) {
        inProgress.remove(next);
      }
      batch.add(
          EventCommits.commit(position, earlierBy, EventCommits.serialize(commit, serializer)));
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
    return ids;
  }

  /** The commit document the engine would write for these events at this position. */
  public static Document commitDocument(
      long position, List<? extends EventMessage<?>> events, Serializer serializer) {
    return EventCommits.commit(position, Instant.now(), EventCommits.serialize(events, serializer));
  }

  /** The events of a submission, as the aggregate applies them. */
  public static List<EventMessage<?>> submission(String ticketId, long serial) {
    return ticketCommits(ticketId, serial).get(0);
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

  private static List<List<EventMessage<?>>> ticketCommits(String id, long serial) {
    TicketId ticket = TicketId.parse(id);
    Instant at = Instant.parse("2024-05-20T02:00:00Z").plusSeconds(serial);
    Actor agent = TicketTestData.HANDLER_ACTOR;
    Classification classification = TicketTestData.DAMAGED_IN_TRANSIT;
    List<TicketEvent> events = new ArrayList<>();
    events.add(
        new TicketSubmitted(
            ticket,
            TicketNumber.of(LocalDate.of(2024, 5, 20), serial + 1),
            com.feedbackdesk.domain.ticket.Channel.APP,
            TicketTestData.CUSTOMER,
            "SO-2024-" + serial,
            "Shanghai",
            TicketTestData.DESCRIPTION,
            at,
            classification,
            TicketTestData.CUSTOMER_ACTOR,
            at));
    events.add(
        new ClassificationSuggested(
            ticket,
            classification,
            List.of("damaged-in-transit"),
            Actor.system("keyword-rules"),
            at));
    events.add(
        new TicketAssigned(
            ticket,
            TicketTestData.WAREHOUSE_LOGISTICS,
            "li.na",
            List.of(),
            true,
            TicketTestData.SUPERVISOR,
            at));
    events.add(new TicketAccepted(ticket, "li.na", "已联系物流方核实", agent, at));
    while (events.size() < EVENTS_PER_TICKET) {
      int n = events.size();
      events.add(
          n % 2 == 0
              ? new ReplyPosted(ticket, "您好，我们正在跟进您的问题（第" + n + "次回复）", agent, at)
              : new InternalNoteAdded(ticket, "物流方回复：包裹在中转站受损，已申请理赔 #" + n, agent, at));
    }
    List<List<EventMessage<?>>> commits = new ArrayList<>();
    commits.add(List.of(message(id, 0, events.get(0)), message(id, 1, events.get(1))));
    for (int i = 2; i < events.size(); i++) {
      commits.add(List.of(message(id, i, events.get(i))));
    }
    return commits;
  }

  private static EventMessage<?> message(String id, long sequence, TicketEvent event) {
    return new GenericDomainEventMessage<>("Ticket", id, sequence, event);
  }
}
