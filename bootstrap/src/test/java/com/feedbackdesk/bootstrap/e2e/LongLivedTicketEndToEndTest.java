package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A ticket with a long history is snapshotted, and keeps loading and changing correctly. */
class LongLivedTicketEndToEndTest extends EndToEndTest {

  @Autowired private MongoDatabase database;

  @Test
  void aTicketPastTheSnapshotThresholdIsSnapshottedAndStillBehavesTheSame() {
    String number = submit("长期工单：包裹破损");
    api.post(path(number, "assignment"), Map.of("assignee", "li.na"));
    api.post(path(number, "acceptance"), Map.of("assignee", "li.na", "plan", "跟进"));
    for (int i = 0; i < 60; i++) {
      Api.Response note =
          api.post(path(number, "notes"), Map.of("author", "li.na", "message", "跟进记录 " + i));
      assertThat(note.status()).isEqualTo(200);
    }
    String id = api.get(path(number, "")).text("id");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        database.getCollection("snapshots").find(new Document("_id", id)).first())
                    .isNotNull());
    Api.Response resolved =
        api.post(
            path(number, "resolution"), Map.of("resolutionType", "APOLOGY", "summary", "致歉并改进"));

    assertThat(resolved.status()).isEqualTo(200);
    assertThat(resolved.text("status")).isEqualTo("RESOLVED");
    // submission 6 (with the policy and three clocks), assignment 3 (acknowledgement met,
    // acceptance started), acceptance 2, 60 notes, resolution 5 (two clocks stopped, confirmation
    // and return visit started)
    long events = 6 + 3 + 2 + 60 + 5;
    assertThat(resolved.body().path("version").asLong()).isEqualTo(events - 1);
    assertThat(api.get(path(number, "history")).body().size()).isEqualTo(events);
  }
}
