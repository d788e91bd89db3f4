package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.ticket.port.out.TicketHistoryPort;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.domain.ticket.TicketId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;

/**
 * Ticket histories in the {@code ticket_history} collection: one document per ticket whose {@code
 * entries} map holds each event under its sequence number. Reading a history is one lookup by id,
 * and recording an entry sets one key, so recording it again changes nothing.
 */
public final class MongoTicketHistory implements TicketHistoryPort {

  public static final String COLLECTION = "ticket_history";

  private final ReadModelCollection histories;

  public MongoTicketHistory(MongoDatabase database) {
    this(new ReadModelGenerations(database).live(COLLECTION, MongoTicketHistory::indexes));
  }

  /** The read model in the collection given (a generation being rebuilt, say). */
  public MongoTicketHistory(ReadModelCollection collection) {
    this.histories = collection;
  }

  /** The indexes of the read model, made on each of its collections. */
  public static void indexes(MongoCollection<Document> histories) {
    // found by their ids alone
  }

  @Override
  public void record(TicketId ticket, TicketHistoryEntry entry) {
    MongoFailures.translated(
        () -> {
          Document stored =
              new Document("sequence", entry.sequence())
                  .append("type", entry.type())
                  .append("occurredAt", TicketDocuments.date(entry.occurredAt()))
                  .append("actor", TicketDocuments.actor(entry.actor()))
                  .append("data", entry.data());
          histories
              .get()
              .updateOne(
                  Filters.eq("_id", ticket.toString()),
                  Updates.set("entries." + entry.sequence(), stored),
                  new UpdateOptions().upsert(true));
        });
  }

  @Override
  public List<TicketHistoryEntry> load(TicketId ticket) {
    return MongoFailures.translated(
        () -> {
          Document history = histories.get().find(Filters.eq("_id", ticket.toString())).first();
          if (history == null) {
            return List.of();
          }
          List<TicketHistoryEntry> entries = new ArrayList<>();
          for (Object value : history.get("entries", Document.class).values()) {
            Document stored = (Document) value;
            entries.add(
                new TicketHistoryEntry(
                    stored.getLong("sequence"),
                    stored.getString("type"),
                    TicketDocuments.instant(stored.getDate("occurredAt")),
                    TicketDocuments.actor(stored.get("actor", Document.class)),
                    stored.getString("data")));
          }
          entries.sort(Comparator.comparingLong(TicketHistoryEntry::sequence));
          return entries;
        });
  }

  @Override
  public void deleteAll() {
    MongoFailures.translated(
        () -> {
          histories.get().deleteMany(new Document());
        });
  }
}
