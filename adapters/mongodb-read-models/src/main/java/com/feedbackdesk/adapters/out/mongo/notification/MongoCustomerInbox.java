package com.feedbackdesk.adapters.out.mongo.notification;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.InboxPage;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPort;
import com.feedbackdesk.domain.ticket.TicketId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The customers' in-app inboxes in the {@code customer_inbox} collection, a message a document. */
public final class MongoCustomerInbox implements CustomerInboxPort {

  public static final String COLLECTION = "customer_inbox";

  private final MongoCollection<Document> inbox;

  public MongoCustomerInbox(MongoDatabase database) {
    this.inbox = MongoCollections.ensure(database, COLLECTION);
    inbox.createIndex(Indexes.ascending("customerId", "createdAt"));
  }

  @Override
  public void deliver(InboxMessage message) {
    MongoFailures.translated(
        () -> {
          // an upsert that never overwrites: a message delivered again keeps its read mark
          inbox.updateOne(
              Filters.eq("_id", message.id()),
              Updates.setOnInsert(document(message)),
              new com.mongodb.client.model.UpdateOptions().upsert(true));
        });
  }

  @Override
  public InboxPage list(String customerId, boolean unreadOnly, int page, int size) {
    return MongoFailures.translated(
        () -> {
          Bson mine = Filters.eq("customerId", customerId);
          Bson filter = unreadOnly ? Filters.and(mine, Filters.eq("readAt", null)) : mine;
          List<InboxMessage> items = new ArrayList<>();
          inbox
              .find(filter)
              .sort(Sorts.descending("createdAt", "_id"))
              .skip((int) Math.min((long) page * size, Integer.MAX_VALUE))
              .limit(size)
              .forEach(d -> items.add(message(d)));
          return new InboxPage(
              items,
              page,
              size,
              inbox.countDocuments(filter),
              inbox.countDocuments(Filters.and(mine, Filters.eq("readAt", null))));
        });
  }

  @Override
  public Optional<InboxMessage> markRead(String customerId, String messageId, Instant at) {
    return MongoFailures.translated(
        () -> {
          Bson mine =
              Filters.and(Filters.eq("_id", messageId), Filters.eq("customerId", customerId));
          inbox.updateOne(
              Filters.and(mine, Filters.eq("readAt", null)), Updates.set("readAt", Date.from(at)));
          return Optional.ofNullable(inbox.find(mine).first()).map(MongoCustomerInbox::message);
        });
  }

  private static Document document(InboxMessage m) {
    Document d = new Document("customerId", m.customerId());
    if (m.ticketId() != null) {
      d.append("ticketId", m.ticketId().toString());
    }
    d.append("ticketNumber", m.ticketNumber())
        .append("purpose", m.purpose().name())
        .append("subject", m.subject())
        .append("text", m.text())
        .append("html", m.html())
        .append("createdAt", Date.from(m.createdAt()))
        .append("readAt", null);
    return d;
  }

  private static InboxMessage message(Document d) {
    String ticket = d.getString("ticketId");
    Date read = d.getDate("readAt");
    return new InboxMessage(
        d.getString("_id"),
        d.getString("customerId"),
        ticket == null ? null : TicketId.parse(ticket),
        d.getString("ticketNumber"),
        MessagePurpose.valueOf(d.getString("purpose")),
        d.getString("subject"),
        d.getString("text"),
        d.getString("html"),
        d.getDate("createdAt").toInstant(),
        read == null ? null : read.toInstant());
  }
}
