package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TicketId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The work queue in the {@code ticket_queue} collection, one summary per ticket.
 *
 * <p>On a real MongoDB the compound indexes created here serve the usual queue views (by status, by
 * department, by assignee, by customer), each ending in the sort order. The embedded server ignores
 * secondary indexes and scans the collection for every search.
 */
public final class MongoTicketQueue implements TicketQueuePort {

  public static final String COLLECTION = "ticket_queue";

  /** Most urgent first: earliest deadline, then priority, then oldest; the id makes it total. */
  private static final Bson URGENCY = Sorts.ascending("dueRank", "priority", "submittedAt", "_id");

  private static final String RETURN_VISIT_DUE = "dueTimes." + SlaClockKind.RETURN_VISIT.name();

  private final ReadModelCollection queue;

  public MongoTicketQueue(MongoDatabase database) {
    this(new ReadModelGenerations(database).live(COLLECTION, MongoTicketQueue::indexes));
  }

  /** The read model in the collection given (a generation being rebuilt, say). */
  public MongoTicketQueue(ReadModelCollection collection) {
    this.queue = collection;
  }

  /** The indexes of the read model, made on each of its collections. */
  public static void indexes(MongoCollection<Document> queue) {
    for (String leading : List.of("status", "department", "assignee", "customer.id")) {
      queue.createIndex(
          Indexes.compoundIndex(
              Indexes.ascending(leading),
              Indexes.ascending("dueRank", "priority", "submittedAt", "_id")));
    }
    queue.createIndex(
        Indexes.ascending(RETURN_VISIT_DUE, "_id"),
        new com.mongodb.client.model.IndexOptions().sparse(true));
  }

  @Override
  public Optional<TicketSummary> find(TicketId ticket) {
    return MongoFailures.translated(
        () -> {
          return Optional.ofNullable(queue.get().find(Filters.eq("_id", ticket.toString())).first())
              .map(TicketDocuments::summary);
        });
  }

  @Override
  public void save(TicketSummary summary) {
    MongoFailures.translated(
        () -> {
          VersionedDocuments.saveIfNewer(queue.get(), TicketDocuments.summary(summary));
        });
  }

  @Override
  public TicketPage search(TicketQueueQuery query) {
    return MongoFailures.translated(
        () -> {
          Bson filter = filter(query);
          List<TicketSummary> items = new ArrayList<>();
          queue
              .get()
              .find(filter)
              .sort(URGENCY)
              .skip((int) Math.min(query.offset(), Integer.MAX_VALUE))
              .limit(query.size())
              .forEach(document -> items.add(TicketDocuments.summary(document)));
          return new TicketPage(
              items, query.page(), query.size(), queue.get().countDocuments(filter));
        });
  }

  @Override
  public TicketPage followUps(int page, int size) {
    return MongoFailures.translated(
        () -> {
          Bson filter = Filters.exists(RETURN_VISIT_DUE);
          List<TicketSummary> items = new ArrayList<>();
          queue
              .get()
              .find(filter)
              .sort(Sorts.ascending(RETURN_VISIT_DUE, "_id"))
              .skip((int) Math.min((long) page * size, Integer.MAX_VALUE))
              .limit(size)
              .forEach(document -> items.add(TicketDocuments.summary(document)));
          return new TicketPage(items, page, size, queue.get().countDocuments(filter));
        });
  }

  private static Bson filter(TicketQueueQuery query) {
    List<Bson> conditions = new ArrayList<>();
    anyOf(conditions, "status", query.statuses());
    anyOf(conditions, "category", query.categories());
    anyOf(conditions, "priority", query.priorities());
    anyOf(conditions, "channel", query.channels());
    anyOf(conditions, "escalationLevel", query.escalationLevels());
    if (query.department() != null) {
      conditions.add(Filters.eq("department", query.department().code()));
    }
    if (query.assignee() != null) {
      conditions.add(Filters.eq("assignee", query.assignee()));
    }
    if (query.customerId() != null) {
      conditions.add(Filters.eq("customer.id", query.customerId()));
    }
    return conditions.isEmpty() ? new Document() : Filters.and(conditions);
  }

  private static void anyOf(
      List<Bson> conditions, String field, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      conditions.add(Filters.in(field, values.stream().map(Enum::name).toList()));
    }
  }

  @Override
  public void deleteAll() {
    MongoFailures.translated(
        () -> {
          queue.get().deleteMany(new Document());
        });
  }
}
