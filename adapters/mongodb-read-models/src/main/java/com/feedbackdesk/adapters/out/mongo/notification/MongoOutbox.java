package com.feedbackdesk.adapters.out.mongo.notification;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoFailures;
import com.feedbackdesk.application.notification.model.DeliveryAttempt;
import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.Recipient;
import com.feedbackdesk.application.notification.model.TemplateRef;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.domain.ticket.TicketId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The outbox in the {@code notification_outbox} collection, one document per message with its
 * attempts. Recording is an insert under the message's id, so a message recorded twice is stored
 * once; claiming is one atomic find-and-modify, so two instances never claim the same message.
 *
 * <p>On a real MongoDB the index on state and due time serves the claims; the embedded server
 * ignores secondary indexes and scans the collection.
 */
public final class MongoOutbox implements OutboxPort {

  public static final String COLLECTION = "notification_outbox";

  private final MongoCollection<Document> messages;

  public MongoOutbox(MongoDatabase database) {
    this.messages = MongoCollections.ensure(database, COLLECTION);
    messages.createIndex(Indexes.ascending("state", "due"));
    messages.createIndex(Indexes.ascending("ticketId", "createdAt"));
    messages.createIndex(Indexes.ascending("subscription", "createdAt"));
  }

  @Override
  public boolean record(OutboundMessage message) {
    return MongoFailures.translated(
        () -> {
          try {
            messages.insertOne(document(message));
            return true;
          } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
              return false;
            }
            throw e;
          }
        });
  }

  @Override
  public Optional<OutboundMessage> claimDue(Instant now, Instant leaseUntil) {
    return MongoFailures.translated(
        () -> {
          Bson due =
              Filters.and(
                  Filters.in("state", MessageState.PENDING.name(), MessageState.SENDING.name()),
                  Filters.lte("due", Date.from(now)));
          Document claimed =
              messages.findOneAndUpdate(
                  due,
                  Updates.combine(
                      Updates.set("state", MessageState.SENDING.name()),
                      Updates.set("due", Date.from(leaseUntil))),
                  new FindOneAndUpdateOptions()
                      .sort(Sorts.ascending("due", "_id"))
                      .returnDocument(ReturnDocument.AFTER));
          return Optional.ofNullable(claimed).map(MongoOutbox::message);
        });
  }

  @Override
  public void attempted(
      String id, DeliveryAttempt attempt, MessageState state, Instant nextAttemptAt, String note) {
    MongoFailures.translated(
        () -> {
          List<Bson> updates = new ArrayList<>();
          updates.add(Updates.push("attempts", attempt(attempt)));
          updates.add(Updates.set("state", state.name()));
          updates.add(Updates.set("due", nextAttemptAt == null ? null : Date.from(nextAttemptAt)));
          updates.add(Updates.set("note", note));
          if (state == MessageState.DELIVERED) {
            updates.add(Updates.set("deliveredAt", Date.from(attempt.at())));
          }
          messages.updateOne(Filters.eq("_id", id), Updates.combine(updates));
        });
  }

  @Override
  public long hold(String subscription, String note) {
    return move(
        subscription,
        Filters.in("state", MessageState.PENDING.name(), MessageState.SENDING.name()),
        MessageState.HELD,
        null,
        note);
  }

  @Override
  public long release(String subscription, Instant now) {
    return move(
        subscription,
        Filters.eq("state", MessageState.HELD.name()),
        MessageState.PENDING,
        now,
        null);
  }

  /** Moves a subscription's messages in the given states to another, due at {@code due}. */
  private long move(String subscription, Bson from, MessageState to, Instant due, String note) {
    return MongoFailures.translated(
        () ->
            messages
                .updateMany(
                    Filters.and(Filters.eq("subscription", subscription), from),
                    Updates.combine(
                        Updates.set("state", to.name()),
                        Updates.set("due", due == null ? null : Date.from(due)),
                        Updates.set("note", note)))
                .getModifiedCount());
  }

  @Override
  public Optional<OutboundMessage> find(String id) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(messages.find(Filters.eq("_id", id)).first())
                .map(MongoOutbox::message));
  }

  @Override
  public List<OutboundMessage> forTicket(TicketId ticket) {
    return MongoFailures.translated(
        () -> {
          List<OutboundMessage> found = new ArrayList<>();
          messages
              .find(Filters.eq("ticketId", ticket.toString()))
              .sort(Sorts.ascending("createdAt", "sequence", "_id"))
              .forEach(d -> found.add(message(d)));
          return found;
        });
  }

  @Override
  public List<OutboundMessage> forSubscription(String subscription, int limit) {
    return MongoFailures.translated(
        () -> {
          List<OutboundMessage> found = new ArrayList<>();
          messages
              .find(Filters.eq("subscription", subscription))
              .sort(Sorts.descending("createdAt", "sequence"))
              .limit(limit)
              .forEach(d -> found.add(message(d)));
          return found;
        });
  }

  // ---- mapping ----

  private static Document document(OutboundMessage m) {
    Document d = new Document("_id", m.id());
    put(d, "ticketId", m.ticketId() == null ? null : m.ticketId().toString());
    put(d, "ticketNumber", m.ticketNumber());
    d.append("sequence", m.sequence());
    put(d, "eventType", m.eventType());
    d.append("purpose", m.purpose().name());
    Recipient r = m.recipient();
    Document recipient = new Document("kind", r.kind().name()).append("id", r.id());
    put(recipient, "name", r.name());
    put(recipient, "address", r.address());
    d.append("recipient", recipient);
    put(d, "channel", m.channel() == null ? null : m.channel().name());
    if (m.template() != null) {
      d.append(
          "template",
          new Document("name", m.template().name())
              .append("version", m.template().version())
              .append("language", m.template().language())
              .append("digest", m.template().digest()));
    }
    put(d, "subject", m.subject());
    put(d, "text", m.text());
    put(d, "html", m.html());
    put(d, "subscription", m.subscription());
    d.append("state", m.state().name());
    d.append("attempts", m.attempts().stream().map(MongoOutbox::attempt).toList());
    put(d, "createdAt", date(m.createdAt()));
    d.append("due", date(m.nextAttemptAt()));
    put(d, "deliveredAt", date(m.deliveredAt()));
    put(d, "note", m.note());
    return d;
  }

  private static Document attempt(DeliveryAttempt a) {
    Document d =
        new Document("number", a.number())
            .append("at", Date.from(a.at()))
            .append("delivered", a.delivered())
            .append("tookMillis", a.took().toMillis());
    put(d, "status", a.status());
    put(d, "detail", a.detail());
    return d;
  }

  private static OutboundMessage message(Document d) {
    Document r = d.get("recipient", Document.class);
    Document t = d.get("template", Document.class);
    List<DeliveryAttempt> attempts = new ArrayList<>();
    for (Document a : d.getList("attempts", Document.class, List.of())) {
      attempts.add(
          new DeliveryAttempt(
              a.getInteger("number"),
              a.getDate("at").toInstant(),
              a.getBoolean("delivered"),
              a.getInteger("status"),
              a.getString("detail"),
              Duration.ofMillis(a.getLong("tookMillis"))));
    }
    String ticket = d.getString("ticketId");
    String channel = d.getString("channel");
    return new OutboundMessage(
        d.getString("_id"),
        ticket == null ? null : TicketId.parse(ticket),
        d.getString("ticketNumber"),
        d.getLong("sequence"),
        d.getString("eventType"),
        MessagePurpose.valueOf(d.getString("purpose")),
        new Recipient(
            Recipient.Kind.valueOf(r.getString("kind")),
            r.getString("id"),
            r.getString("name"),
            r.getString("address")),
        channel == null ? null : DeliveryChannel.valueOf(channel),
        t == null
            ? null
            : new TemplateRef(
                t.getString("name"),
                t.getInteger("version"),
                t.getString("language"),
                t.getString("digest")),
        d.getString("subject"),
        d.getString("text"),
        d.getString("html"),
        d.getString("subscription"),
        MessageState.valueOf(d.getString("state")),
        attempts,
        instant(d.getDate("createdAt")),
        instant(d.getDate("due")),
        instant(d.getDate("deliveredAt")),
        d.getString("note"));
  }

  private static void put(Document d, String key, Object value) {
    if (value != null) {
      d.append(key, value);
    }
  }

  private static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
