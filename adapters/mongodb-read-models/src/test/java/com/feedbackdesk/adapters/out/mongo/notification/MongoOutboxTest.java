package com.feedbackdesk.adapters.out.mongo.notification;

import static com.feedbackdesk.application.notification.NotificationTestData.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.notification.model.DeliveryAttempt;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.notification.port.out.OutboxPortContract;
import com.feedbackdesk.domain.ticket.TicketId;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoOutboxTest extends OutboxPortContract {

  private static final Instant T0 = Instant.parse("2024-05-20T03:00:00Z");

  @Override
  protected OutboxPort createPort() {
    return new MongoOutbox(TestMongo.freshDatabase());
  }

  private final TicketId ticket = TicketId.parse(UUID.randomUUID().toString());

  @Test
  void aMessageWhoseDueEntryWasLostIsDueAgainAfterARestart() {
    MongoDatabase database = TestMongo.freshDatabase();
    new MongoOutbox(database).record(message("m1", ticket, 3, T0, null));
    // a crash between the two writes, the other way round
    database.getCollection(MongoOutbox.DUE).deleteMany(new Document());
    assertThat(new MongoOutbox(database).claimDue(T0, T0.plusSeconds(30)))
        .as("claimed by the instance started after the crash")
        .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo("m1"));
  }

  @Test
  void aDueEntryOutlivedByItsMessageIsDroppedWhenClaimed() {
    MongoDatabase database = TestMongo.freshDatabase();
    MongoOutbox outbox = new MongoOutbox(database);
    outbox.record(message("m1", ticket, 3, T0, null));
    outbox.claimDue(T0, T0.plusSeconds(30));
    outbox.attempted(
        "m1",
        new DeliveryAttempt(1, T0, true, null, "ok", Duration.ZERO),
        MessageState.DELIVERED,
        null,
        null);
    // the entry survived a crash right after the message was marked delivered
    database
        .getCollection(MongoOutbox.DUE)
        .insertOne(
            new Document("_id", "m1").append("due", Date.from(T0)).append("since", Date.from(T0)));

    assertThat(outbox.claimDue(T0.plusSeconds(60), T0.plusSeconds(90))).isEmpty();
    assertThat(database.getCollection(MongoOutbox.DUE).countDocuments()).isZero();
    assertThat(outbox.find("m1").orElseThrow().state()).isEqualTo(MessageState.DELIVERED);
  }

  @Test
  void anEntryWhoseMessageIsBeingRecordedWaitsAndALeftoverOneIsDropped() {
    MongoDatabase database = TestMongo.freshDatabase();
    MongoOutbox outbox = new MongoOutbox(database);
    var entries = database.getCollection(MongoOutbox.DUE);
    entries.insertOne(
        new Document("_id", "recording")
            .append("due", Date.from(T0))
            .append("since", Date.from(T0)));
    entries.insertOne(
        new Document("_id", "leftover")
            .append("due", Date.from(T0))
            .append("since", Date.from(T0.minus(Duration.ofHours(1)))));

    assertThat(outbox.claimDue(T0.plusSeconds(1), T0.plusSeconds(31))).isEmpty();

    assertThat(entries.find(new Document("_id", "leftover")).first()).isNull();
    assertThat(entries.find(new Document("_id", "recording")).first().getDate("due"))
        .isEqualTo(Date.from(T0.plusSeconds(2)));
    // once its message is there it is claimed
    outbox.record(message("recording", ticket, 3, T0, null));
    assertThat(outbox.claimDue(T0.plusSeconds(2), T0.plusSeconds(32)))
        .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo("recording"));
  }
}
