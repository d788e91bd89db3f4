package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.view.TicketNumberTakenException;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.TicketId;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Optional;
import org.bson.Document;

/** Ticket views in the {@code ticket_views} collection, one document per ticket, by id. */
public final class MongoTicketViews implements TicketViewPort {

  public static final String COLLECTION = "ticket_views";

  /** MongoDB's default name for the index on {@code number}, the one it has had from the start. */
  private static final String NUMBER_INDEX = "number_1";

  private final ReadModelCollection views;

  public MongoTicketViews(MongoDatabase database) {
    this(new ReadModelGenerations(database).live(COLLECTION, MongoTicketViews::indexes));
  }

  /** The read model in the collection given (a generation being rebuilt, say). */
  public MongoTicketViews(ReadModelCollection collection) {
    this.views = collection;
  }

  /** The indexes of the read model, made on each of its collections. */
  public static void indexes(MongoCollection<Document> views) {
    views.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
  }

  @Override
  public Optional<TicketView> find(TicketId ticket) {
    return MongoFailures.translated(
        () -> {
          return Optional.ofNullable(views.get().find(Filters.eq("_id", ticket.toString())).first())
              .map(TicketDocuments::view);
        });
  }

  @Override
  public void save(TicketView view) {
    MongoFailures.translated(
        () -> {
          try {
            VersionedDocuments.saveIfNewer(views.get(), TicketDocuments.view(view));
          } catch (MongoWriteException e) {
            if (MongoCollections.isDuplicateKeyOn(e, NUMBER_INDEX)) {
              throw new TicketNumberTakenException(view.summary().number(), view.summary().id());
            }
            throw e;
          }
        });
  }

  @Override
  public void deleteAll() {
    MongoFailures.translated(
        () -> {
          views.get().deleteMany(new Document());
        });
  }
}
