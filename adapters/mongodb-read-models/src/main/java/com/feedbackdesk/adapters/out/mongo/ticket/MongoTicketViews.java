package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
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

  private final MongoCollection<Document> views;

  public MongoTicketViews(MongoDatabase database) {
    this.views = MongoCollections.ensure(database, COLLECTION);
    views.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
  }

  @Override
  public Optional<TicketView> find(TicketId ticket) {
    return MongoFailures.translated(
        () -> {
          return Optional.ofNullable(views.find(Filters.eq("_id", ticket.toString())).first())
              .map(TicketDocuments::view);
        });
  }

  @Override
  public void save(TicketView view) {
    MongoFailures.translated(
        () -> {
          try {
            VersionedDocuments.saveIfNewer(views, TicketDocuments.view(view));
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
          views.deleteMany(new Document());
        });
  }
}
