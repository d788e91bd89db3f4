package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import com.feedbackdesk.bootstrap.MongoConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The SLA engine acting on its own: under a policy measured in seconds, a reminder, a breach and
 * the escalation it causes happen without anyone asking, and a deadline pending when the service
 * stops fires after it starts again, once.
 */
class SlaEndToEndTest {

  @TempDir Path dataDirectory;

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(FeedbackDeskApplication.class)
        .run(
            "--server.port=0",
            "--feedbackdesk.mongodb.uri=",
            "--feedbackdesk.embedded.data-dir=" + dataDirectory,
            "--feedbackdesk.sla.poll-interval=5s");
  }

  private static Api anonymous(ConfigurableApplicationContext context) {
    return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
  }

  private static Api staff(ConfigurableApplicationContext context) {
    return anonymous(context).as("li.na", "WAREHOUSE_LOGISTICS", "supervisor", "director");
  }

  /** A policy in seconds for P2 (a damaged parcel): acknowledge in 6 s, resolve as given. */
  private static Map<String, Object> trialPolicy(String resolution) {
    return Map.of(
        "title",
        "trial in seconds",
        "calendar",
        "cn-mainland",
        "reminderPercent",
        50,
        "targets",
        Map.of(
            "P2",
            Map.of("ACKNOWLEDGEMENT", "6s", "FIRST_RESPONSE", "1h", "RESOLUTION", resolution)));
  }

  private static void activate(Api admin, Map<String, Object> policy) {
    Api.Response created = admin.post("/api/v1/sla/policies/trial/versions", policy);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String version = created.body().path("version").asString();
    Api.Response activated =
        admin.post("/api/v1/sla/policies/trial/versions/" + version + "/activation", "{}");
    assertThat(activated.status()).as(activated.body().toString()).isEqualTo(200);
  }

  /** The ticket's history once it holds an entry the predicate accepts (60 s at most). */
  private static List<JsonNode> historyOnce(
      Api api, String number, Predicate<List<JsonNode>> until) {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    List<JsonNode> history = List.of();
    while (Instant.now().isBefore(giveUp)) {
      history = new ArrayList<>();
      for (JsonNode entry : api.get("/api/v1/tickets/" + number + "/history").body()) {
        history.add(entry);
      }
      if (until.test(history)) {
        return history;
      }
      sleep(200);
    }
    throw new AssertionError("the history never got there: " + history);
  }

  private static Predicate<List<JsonNode>> has(String type, String clock) {
    return history -> count(history, type, clock) > 0;
  }

  private static long count(List<JsonNode> history, String type, String clock) {
    return history.stream()
        .filter(e -> e.path("type").asString().equals(type))
        .filter(e -> clock == null || e.path("data").path("clock").asString().equals(clock))
        .count();
  }

  private static JsonNode first(List<JsonNode> history, String type, String clock) {
    return history.stream()
        .filter(e -> e.path("type").asString().equals(type))
        .filter(e -> clock == null || e.path("data").path("clock").asString().equals(clock))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aReminderABreachAndTheEscalationsHappenOnTheirOwn() {
    try (ConfigurableApplicationContext service = start()) {
      Api admin = anonymous(service).as("admin.one", null, "admin");
      Api staff = staff(service);
      String before = staff.post("/api/v1/tickets", Api.submission("包裹破损")).text("number");
      activate(admin, trialPolicy("12s"));

      // the open ticket registered under after-sales moves to the activated version: its open
      // clocks get the new limits, what was recorded before stays
      List<JsonNode> moved =
          historyOnce(
              staff,
              before,
              h ->
                  h.stream()
                      .anyMatch(
                          e ->
                              e.path("type").asString().equals("SlaClockRetargeted")
                                  && e.path("data")
                                      .path("cause")
                                      .asString()
                                      .equals("POLICY_CHANGED")));
      assertThat(count(moved, "SlaPolicyApplied", null)).isEqualTo(2);
      assertThat(
              first(moved, "SlaPolicyApplied", null)
                  .path("data")
                  .path("policy")
                  .path("id")
                  .asString())
          .isEqualTo("after-sales");

      String number = staff.post("/api/v1/tickets", Api.submission("包裹破损")).text("number");
      List<JsonNode> history = historyOnce(staff, number, has("SlaBreached", "RESOLUTION"));

      JsonNode reminder = first(history, "SlaReminderRaised", "ACKNOWLEDGEMENT");
      JsonNode breach = first(history, "SlaBreached", "ACKNOWLEDGEMENT");
      assertThat(reminder.path("actor").path("id").asString()).isEqualTo("sla-engine");
      // never early: JobRunr may hand a job out before its time, so deadlines are scheduled late
      assertThat(Instant.parse(breach.path("occurredAt").asString()))
          .isAfterOrEqualTo(Instant.parse(breach.path("data").path("dueAt").asString()));
      List<String> escalations =
          history.stream()
              .filter(e -> e.path("type").asString().equals("TicketEscalated"))
              .map(e -> e.path("data").path("to").asString())
              .toList();
      assertThat(escalations)
          .as("first breach, then the resolution breach")
          .containsExactly("SUPERVISOR", "DIRECTOR");

      JsonNode ticket = staff.get("/api/v1/tickets/" + number).body();
      assertThat(ticket.path("escalationLevel").asString()).isEqualTo("DIRECTOR");
      assertThat(ticket.path("slaPolicy").asString()).startsWith("trial@");

      // the breaches read model has it a moment later (the ticket moved from after-sales may have
      // breached too)
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                Api.Response breaches =
                    staff.get("/api/v1/sla/breaches?clock=RESOLUTION&clock=ACKNOWLEDGEMENT");
                assertThat(breaches.status()).isEqualTo(200);
                assertThat(breaches.body().path("byClock").path("RESOLUTION").asLong())
                    .isGreaterThanOrEqualTo(1);
                assertThat(breaches.body().path("byClock").path("ACKNOWLEDGEMENT").asLong())
                    .isGreaterThanOrEqualTo(1);
                List<String> breached = new ArrayList<>();
                breaches
                    .body()
                    .path("items")
                    .forEach(i -> breached.add(i.path("ticketNumber").asString()));
                assertThat(breached).contains(number);
              });
    }
  }

  @Test
  void aDeadlinePendingAtAStopFiresAfterTheRestartAndOnlyOnce() {
    String number;
    try (ConfigurableApplicationContext first = start()) {
      activate(anonymous(first).as("admin.one", null, "admin"), trialPolicy("10s"));
      number = staff(first).post("/api/v1/tickets", Api.submission("包裹破损")).text("number");
    }
    sleep(12_000); // both limits pass while no instance runs

    try (ConfigurableApplicationContext second = start()) {
      Api staff = staff(second);
      List<JsonNode> history = historyOnce(staff, number, has("SlaBreached", "RESOLUTION"));
      sleep(6_000); // time for a second firing, were there one

      List<JsonNode> after = historyOnce(staff, number, h -> true);
      assertThat(count(after, "SlaBreached", "RESOLUTION")).isEqualTo(1);
      assertThat(count(after, "SlaBreached", "ACKNOWLEDGEMENT")).isEqualTo(1);
      assertThat(history).isNotEmpty();
    }
  }

  @Test
  void withTwoInstancesEachDeadlineFiresOnceAndBothShareTheWork() {
    try (ConfigurableApplicationContext a = start();
        ConfigurableApplicationContext b =
            new SpringApplicationBuilder(FeedbackDeskApplication.class)
                .run(
                    "--server.port=0",
                    "--feedbackdesk.mongodb.uri="
                        + a.getBean(MongoConnection.class).connectionString(),
                    "--feedbackdesk.embedded.data-dir=" + dataDirectory,
                    "--feedbackdesk.sla.poll-interval=5s")) {
      activate(anonymous(a).as("admin.one", null, "admin"), trialPolicy("8s"));
      List<Api> instances = List.of(staff(a), staff(b));
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        numbers.add(
            instances
                .get(i % 2)
                .post("/api/v1/tickets", Api.submission("两个实例 " + i + "：包裹破损"))
                .text("number"));
      }

      for (String number : numbers) {
        historyOnce(instances.get(0), number, has("SlaBreached", "RESOLUTION"));
      }
      sleep(6_000); // time for a second firing, were there one
      for (String number : numbers) {
        List<JsonNode> history = historyOnce(instances.get(1), number, h -> true);
        assertThat(count(history, "SlaBreached", "RESOLUTION")).as(number).isEqualTo(1);
        assertThat(count(history, "SlaBreached", "ACKNOWLEDGEMENT")).as(number).isEqualTo(1);
        assertThat(count(history, "SlaReminderRaised", null)).as(number).isEqualTo(2);
        assertThat(count(history, "TicketEscalated", null)).as(number).isEqualTo(2);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
