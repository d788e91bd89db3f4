package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaOutcome;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The SLA breaches read model in the {@code sla_tickets} collection: one document per ticket, its
 * summary's fields beside every run of its clocks.
 */
public final class MongoSlaTickets implements SlaTicketPort {

  public static final String COLLECTION = "sla_tickets";

  private final ReadModelCollection tickets;

  public MongoSlaTickets(MongoDatabase database) {
    this(new ReadModelGenerations(database).live(COLLECTION, MongoSlaTickets::indexes));
  }

  /** The read model in the collection given (a generation being rebuilt, say). */
  public MongoSlaTickets(ReadModelCollection collection) {
    this.tickets = collection;
  }

  /** The indexes of the read model, made on each of its collections. */
  public static void indexes(MongoCollection<Document> tickets) {
    // what the queries range over (multikey over the runs); the embedded server accepts and
    // ignores secondary indexes, a real MongoDB serves the queries from them
    tickets.createIndex(Indexes.ascending("runs.breachedAt"));
    tickets.createIndex(Indexes.ascending("runs.stoppedAt"));
    tickets.createIndex(Indexes.ascending("runs.dueAt"));
    tickets.createIndex(Indexes.ascending("status", "updatedAt"));
  }

  @Override
  public Optional<SlaTicket> find(TicketId ticket) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(tickets.get().find(Filters.eq("_id", ticket.toString())).first())
                .map(MongoSlaTickets::ticket));
  }

  @Override
  public void save(SlaTicket ticket) {
    MongoFailures.translated(() -> VersionedDocuments.saveIfNewer(tickets.get(), document(ticket)));
  }

  @Override
  public List<SlaTicket> withBreachesIn(SlaClockQuery query) {
    Bson found = Filters.elemMatch("runs", range("breachedAt", query));
    Bson stoppedLate =
        Filters.elemMatch(
            "runs",
            Filters.and(
                Filters.eq("outcome", SlaOutcome.BREACHED.name()), range("stoppedAt", query)));
    return find(ofTickets(query, Filters.or(found, stoppedLate)));
  }

  @Override
  public List<SlaTicket> withCountingClocks(SlaClockQuery query) {
    // a run counts while it has countingSince and no outcome (absent fields are not stored)
    List<Bson> counting =
        new ArrayList<>(List.of(Filters.exists("countingSince"), Filters.exists("outcome", false)));
    if (query.from() != null || query.to() != null) {
      counting.add(range("dueAt", query));
    }
    return find(ofTickets(query, Filters.elemMatch("runs", Filters.and(counting))));
  }

  /** The query's range on a run's field; the field present when the query has no range. */
  private static Bson range(String field, SlaClockQuery query) {
    List<Bson> bounds = new ArrayList<>();
    if (query.from() != null) {
      bounds.add(Filters.gte(field, TicketDocuments.date(query.from())));
    }
    if (query.to() != null) {
      bounds.add(Filters.lt(field, TicketDocuments.date(query.to())));
    }
    return bounds.isEmpty() ? Filters.exists(field) : Filters.and(bounds);
  }

  /** The runs' condition, with the query's department, assignee and priorities. */
  private static Bson ofTickets(SlaClockQuery query, Bson runs) {
    List<Bson> filters = new ArrayList<>(List.of(runs));
    if (query.department() != null) {
      filters.add(Filters.eq("department", query.department().code()));
    }
    if (query.assignee() != null) {
      filters.add(Filters.eq("assignee", query.assignee()));
    }
    if (!query.priorities().isEmpty()) {
      filters.add(Filters.in("priority", query.priorities().stream().map(Priority::name).toList()));
    }
    return Filters.and(filters);
  }

  @Override
  public List<SlaTicket> closedBetween(SlaClockQuery query) {
    List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", TicketStatus.CLOSED.name())));
    if (query.from() != null) {
      filters.add(Filters.gte("updatedAt", TicketDocuments.date(query.from())));
    }
    if (query.to() != null) {
      filters.add(Filters.lt("updatedAt", TicketDocuments.date(query.to())));
    }
    return find(Filters.and(filters));
  }

  @Override
  public List<TicketId> openTickets() {
    return MongoFailures.translated(
        () -> {
          List<TicketId> open = new ArrayList<>();
          tickets
              .get()
              .find(Filters.ne("status", TicketStatus.CLOSED.name()))
              .projection(Projections.include("_id"))
              .forEach(document -> open.add(TicketId.parse(document.getString("_id"))));
          return open;
        });
  }

  @Override
  public void deleteAll() {
    MongoFailures.translated(() -> tickets.get().deleteMany(new Document()));
  }

  private List<SlaTicket> find(Bson filter) {
    return MongoFailures.translated(
        () -> {
          List<SlaTicket> found = new ArrayList<>();
          tickets.get().find(filter).forEach(document -> found.add(ticket(document)));
          return found;
        });
  }

  static Document document(SlaTicket ticket) {
    Document document = TicketDocuments.summary(ticket.summary());
    if (ticket.policy() != null) {
      document.append("policy", ticket.policy().toString());
    }
    document.append("breaches", ticket.breaches());
    document.append("runs", ticket.runs().stream().map(TicketDocuments::clock).toList());
    return document;
  }

  static SlaTicket ticket(Document document) {
    String policy = document.getString("policy");
    return new SlaTicket(
        TicketDocuments.summary(document),
        policy == null ? null : VersionRef.parse(policy),
        document.getInteger("breaches", 0),
        document.getList("runs", Document.class, List.of()).stream()
            .map(TicketDocuments::clock)
            .toList());
  }
}
