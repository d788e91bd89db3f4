package com.feedbackdesk.adapters.out.mongo.notification;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
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
import com.mongodb.client.model.UpdateOptions;
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
 * attempts, and beside it {@code notification_due}: one small entry per message that waits for an
 * attempt (its id and when it is due). Recording inserts under the message's id, so a message
 * recorded twice is stored once; claiming is one atomic find-and-modify on the due entries, so two
 * instances never claim the same message, and it looks only at what waits: delivered messages stay
 * in the outbox for good without slowing the claims (the embedded server, which ignores secondary
 * indexes, scans a collection for every query; docs/performance.md).
 *
 * <p>The message is the truth and a due entry only a pointer: an entry whose message is finished,
 * held or gone is dropped when claimed, and at start every waiting message gets its entry back, so
 * a crash between the two writes neither loses a message nor sends one twice.
 */
public final class MongoOutbox implements OutboxPort {

  public static final String COLLECTION = "notification_outbox";
  public static final String DUE = "notification_due";

  /** An entry without its message this long was left by a recording that never finished. */
  private static final Duration ORPHANED = Duration.ofMinutes(5);

  private static final java.util.Set<String> WAITING =
      java.util.Set.of(MessageState.PENDING.name(), MessageState.SENDING.name());

  private final MongoCollection<Document> messages;
  private final MongoCollection<Document> due;

  public MongoOutbox(MongoDatabase database) {
    this.messages = MongoCollections.ensure(database, COLLECTION);
    this.due = MongoCollections.ensure(database, DUE);
    // the messages waiting, restored at start; a subscriber's, held and released
    messages.createIndex(Indexes.ascending("state"));
    messages.createIndex(Indexes.ascending("ticketId", "createdAt"));
    messages.createIndex(Indexes.ascending("subscription", "createdAt"));
    due.createIndex(Indexes.ascending("due", "_id"));
    restoreDueEntries();
  }

  /** Every message waiting for an attempt has its due entry (after a crash between the writes). */
  private void restoreDueEntries() {
    MongoFailures.translated(
        () -> {
          for (Document waiting :
              messages
                  .find(
                      Filters.in("state", MessageState.PENDING.name(), MessageState.SENDING.name()))
                  .projection(new Document("due", 1))) {
            Date at = waiting.getDate("due");
            due(waiting.getString("_id"), at == null ? new Date() : at);
          }
        });
  }

  /** Makes the message due at {@code at} unless it has an entry already; whether it made one. */
  private boolean due(String id, Date at) {
    return due.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                    Updates.setOnInsert("due", at), Updates.setOnInsert("since", new Date())),
                new UpdateOptions().upsert(true))
            .getUpsertedId()
        != null;
  }

  @Override
  public boolean record(OutboundMessage message) {
    return MongoFailures.translated(
        () -> {
          boolean waits = message.state() == MessageState.PENDING;
          // the entry first: a crash after it leaves an entry without a message, which is dropped
          boolean entered = waits && due(message.id(), Date.from(message.nextAttemptAt()));
          try {
            messages.insertOne(document(message));
            return true;
          } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
              throw e;
            }
            if (entered) {
              // recorded before, and no longer waiting (or waiting under its own entry)
              due.deleteOne(Filters.eq("_id", message.id()));
            }
            return false;
          }
        });
  }

  @Override
  public Optional<OutboundMessage> claimDue(Instant now, Instant leaseUntil) {
    return MongoFailures.translated(
        () -> {
          while (true) {
            Document entry =
                due.findOneAndUpdate(
                    Filters.lte("due", Date.from(now)),
                    Updates.set("due", Date.from(leaseUntil)),
                    new FindOneAndUpdateOptions().sort(Sorts.ascending("due", "_id")));
            if (entry == null) {
              return Optional.<OutboundMessage>empty();
            }
            String id = entry.getString("_id");
            Document claimed =
                messages.findOneAndUpdate(
                    Filters.and(
                        Filters.eq("_id", id),
                        Filters.in(
                            "state", MessageState.PENDING.name(), MessageState.SENDING.name())),
                    Updates.combine(
                        Updates.set("state", MessageState.SENDING.name()),
                        Updates.set("due", Date.from(leaseUntil))),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (claimed != null) {
              return Optional.of(message(claimed));
            }
            Document current = messages.find(Filters.eq("_id", id)).first();
            if (current != null && WAITING.contains(current.getString("state"))) {
              // recorded between the two reads: due now, claimed on the next turn
              due.updateOne(Filters.eq("_id", id), Updates.set("due", Date.from(now)));
              continue;
            }
            Date since = entry.getDate("since");
            boolean orphaned = since == null || since.toInstant().isBefore(now.minus(ORPHANED));
            if (current != null || orphaned) {
              // finished or held since, or a recording that never finished
              due.deleteOne(Filters.eq("_id", id));
              Document after = messages.find(Filters.eq("_id", id)).first();
              if (after != null && WAITING.contains(after.getString("state"))) {
                // released or recorded just now: it keeps its entry
                due(id, Date.from(now));
              }
            } else {
              // its message is being recorded this moment: look again shortly
              due.updateOne(
                  Filters.eq("_id", id), Updates.set("due", Date.from(now.plusSeconds(1))));
            }
          }
        });
  }

  @Override
  public void attempted(
      String id, DeliveryAttempt attempt, MessageState state, Instant nextAttemptAt, String note) {
    MongoFailures.translated(
        () -> {
          Bson recorded = Updates.push("attempts", attempt(attempt));
          List<Bson> updates = new ArrayList<>();
          updates.add(recorded);
          updates.add(Updates.set("state", state.name()));
          updates.add(Updates.set("due", nextAttemptAt == null ? null : Date.from(nextAttemptAt)));
          updates.add(Updates.set("note", note));
          if (state == MessageState.DELIVERED) {
            updates.add(Updates.set("deliveredAt", Date.from(attempt.at())));
          }
          if (state != MessageState.PENDING) {
            messages.updateOne(Filters.eq("_id", id), Updates.combine(updates));
            due.deleteOne(Filters.eq("_id", id));
            return;
          }
          // to be tried again, unless its subscriber was paused while this attempt was under way:
          // then it stays held, with the attempt
          boolean waits =
              messages
                      .updateOne(
                          Filters.and(
                              Filters.eq("_id", id),
                              Filters.eq("state", MessageState.SENDING.name())),
                          Updates.combine(updates))
                      .getModifiedCount()
                  == 1;
          if (waits) {
            due.updateOne(
                Filters.eq("_id", id),
                Updates.set("due", Date.from(nextAttemptAt)),
                new UpdateOptions().upsert(true));
          } else {
            messages.updateOne(Filters.eq("_id", id), recorded);
          }
        });
  }

  @Override
  public long hold(String subscription, String note) {
    return MongoFailures.translated(
        () -> {
          List<String> waiting =
              ids(
                  Filters.and(
                      Filters.eq("subscription", subscription),
                      Filters.in(
                          "state", MessageState.PENDING.name(), MessageState.SENDING.name())));
          long held =
              messages
                  .updateMany(
                      Filters.and(
                          Filters.in("_id", waiting),
                          Filters.in(
                              "state", MessageState.PENDING.name(), MessageState.SENDING.name())),
                      Updates.combine(
                          Updates.set("state", MessageState.HELD.name()),
                          Updates.set("due", null),
                          Updates.set("note", note)))
                  .getModifiedCount();
          due.deleteMany(Filters.in("_id", waiting));
          return held;
        });
  }

  @Override
  public long release(String subscription, Instant now) {
    return MongoFailures.translated(
        () -> {
          List<String> held =
              ids(
                  Filters.and(
                      Filters.eq("subscription", subscription),
                      Filters.eq("state", MessageState.HELD.name())));
          long released =
              messages
                  .updateMany(
                      Filters.and(
                          Filters.in("_id", held), Filters.eq("state", MessageState.HELD.name())),
                      Updates.combine(
                          Updates.set("state", MessageState.PENDING.name()),
                          Updates.set("due", Date.from(now)),
                          Updates.set("note", null)))
                  .getModifiedCount();
          // the messages first: an entry of a message still held would be dropped by a claim; a
          // crash in between leaves waiting messages without entries, restored at the next start
          held.forEach(id -> due(id, Date.from(now)));
          return released;
        });
  }

  private List<String> ids(Bson filter) {
    List<String> ids = new ArrayList<>();
    messages
        .find(filter)
        .projection(new Document("_id", 1))
        .forEach(d -> ids.add(d.getString("_id")));
    return ids;
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
