package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The seed command writes last month's feedback (300 tickets), then the service, started on the
 * same store, reports it, raises an improvement project for each hot spot, tracks one to
 * completion, and sends nobody a message about the seeded tickets.
 */
class SeededMonthEndToEndTest {

  @TempDir Path dataDirectory;

  private final YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

  private ConfigurableApplicationContext run(String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + dataDirectory));
    arguments.addAll(List.of(more));
    return new SpringApplicationBuilder(FeedbackDeskApplication.class)
        .run(arguments.toArray(String[]::new));
  }

  @Test
  void aSeededMonthIsReportedAndItsHotSpotsRaiseProjectsTrackedToCompletion() {
    // the seed command as the README gives it: it writes, waits for the analysis, and stops
    ConfigurableApplicationContext seeding =
        run(
            "--feedbackdesk.seed.month=" + month,
            "--feedbackdesk.seed.tickets=300",
            "--feedbackdesk.seed.seed=7",
            "--feedbackdesk.seed.exit=false");
    assertThat(seeding.isActive()).as("the seed command stops the service").isFalse();

    try (ConfigurableApplicationContext service = run()) {
      Api anonymous = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
      Api analyst = anonymous.as("ana.lyst", null, "analyst");
      Api director = anonymous.as("wang.director", null, "director");

      JsonNode report = analyst.get("/api/v1/reports/monthly?month=" + month).body();
      assertThat(report.path("complete").asBoolean()).isTrue();
      assertThat(report.path("volume").path("total").asLong()).isEqualTo(300);
      assertThat(report.path("volume").path("byChannel").size()).isEqualTo(7);
      assertThat(report.path("volume").path("byCategory").size()).isEqualTo(9);
      assertThat(report.path("sla").path("FIRST_RESPONSE").path("breached").asLong()).isPositive();
      assertThat(report.path("sla").path("RETURN_VISIT").path("met").asLong())
          .as("most closed tickets had their return visit")
          .isGreaterThan(report.path("sla").path("RETURN_VISIT").path("breached").asLong());
      assertThat(report.path("reopening").path("reopenings").asLong()).isPositive();
      assertThat(report.path("satisfaction").path("rated").asLong()).isPositive();
      assertThat(report.path("satisfaction").path("unanswered").asLong()).isPositive();
      assertThat(report.path("classification").path("automatic").asDouble()).isBetween(0.7, 0.95);
      List<String> hotSpots = report.path("hotSpots").findValuesAsString("key");
      assertThat(hotSpots).contains("CQ02", "CQ01", "蓝牙耳机 A1");
      assertThat(report.path("hotSpots").get(0).path("project").isNull()).isTrue();

      // a seeded history tells nobody: no message recorded for its tickets
      String seededNumber =
          analyst
              .get("/api/v1/tickets?status=CLOSED&size=1")
              .body()
              .path("items")
              .get(0)
              .path("number")
              .asString();
      Api agent = anonymous.as("zhang.wei", null, "agent");
      assertThat(
              agent
                  .get("/api/v1/tickets/" + seededNumber + "/notifications")
                  .body()
                  .path("messages")
                  .size())
          .isZero();

      // the hot spots raise one project each, however often asked
      Api.Response raised =
          director.post("/api/v1/improvement-projects/raising", Map.of("month", month.toString()));
      assertThat(raised.status()).as(raised.raw().body()).isEqualTo(200);
      assertThat(raised.body().size()).isEqualTo(hotSpots.size());
      Api.Response again =
          director.post("/api/v1/improvement-projects/raising", Map.of("month", month.toString()));
      assertThat(again.body().findValuesAsString("id"))
          .containsExactlyInAnyOrderElementsOf(raised.body().findValuesAsString("id"));
      assertThat(
              director
                  .post(
                      "/api/v1/improvement-projects/raising",
                      Map.of("month", month.plusMonths(1).toString()))
                  .status())
          .as("this month is not over")
          .isEqualTo(409);
      assertThat(
              analyst
                  .post("/api/v1/improvement-projects/raising", Map.of("month", month.toString()))
                  .status())
          .isEqualTo(403);

      String id = raised.body().get(0).path("id").asString();
      String path = "/api/v1/improvement-projects/" + id;
      Api.Response started =
          director.post(
              path + "/start",
              Map.of("owner", "WAREHOUSE_LOGISTICS", "lead", "li.na", "plan", "更换快递包装供应商"));
      assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
      assertThat(started.text("status")).isEqualTo("IN_PROGRESS");
      director.post(path + "/progress", Map.of("note", "新包装在华东仓试点"));
      Api.Response completed = director.post(path + "/completion", Map.of("outcome", "破损投诉下降 40%"));
      assertThat(completed.text("status")).isEqualTo("COMPLETED");
      assertThat(completed.body().path("progress").get(0).path("note").asString())
          .isEqualTo("新包装在华东仓试点");
      Api.Response twice = director.post(path + "/completion", Map.of("outcome", "again"));
      assertThat(twice.status()).isEqualTo(409);
      assertThat(twice.text("type")).isEqualTo("/problems/improvement-project-state-conflict");
      assertThat(director.get("/api/v1/improvement-projects/IP-209901-CATEGORY-CQ01").status())
          .isEqualTo(404);
      assertThat(director.post(path + "/start", Map.of("lead", "li.na")).status()).isEqualTo(400);
      Api handler = anonymous.as("li.na", "WAREHOUSE_LOGISTICS", "handler");
      assertThat(
              handler
                  .get("/api/v1/improvement-projects?status=COMPLETED")
                  .body()
                  .findValuesAsString("id"))
          .containsExactly(id);

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                JsonNode now = analyst.get("/api/v1/reports/monthly?month=" + month).body();
                assertThat(now.path("hotSpots").findValuesAsString("status"))
                    .contains("COMPLETED", "RAISED");
              });

      // the CSV keeps the Chinese product names; the export streams the projects' events
      Api.Response csv =
          analyst.send(
              HttpRequest.newBuilder(analyst.uri("/api/v1/reports/monthly?month=" + month))
                  .header("Accept", "text/csv")
                  .GET());
      assertThat(csv.raw().body()).contains("hotSpot,product,蓝牙耳机 A1,蓝牙耳机 A1,count,");
      String export = analyst.get("/api/v1/events?type=ImprovementProjectCompleted").raw().body();
      assertThat(export.lines())
          .singleElement()
          .satisfies(
              line -> {
                JsonNode event = Api.parse(line);
                assertThat(event.path("aggregateType").asString()).isEqualTo("ImprovementProject");
                assertThat(event.path("aggregateId").asString()).isEqualTo(id);
                assertThat(event.path("ticketId").isNull()).isTrue();
                assertThat(event.has("origin")).as("the service's own work").isFalse();
              });
      String seeded = analyst.get("/api/v1/events?type=TicketSubmitted&limit=1").raw().body();
      assertThat(Api.parse(seeded.lines().findFirst().orElseThrow()).path("origin").asString())
          .isEqualTo("seed");

      rebuildsTakeOverWhileTheLiveReadModelAnswers(anonymous, analyst);
    }
  }

  private void rebuildsTakeOverWhileTheLiveReadModelAnswers(Api anonymous, Api analyst) {
    Api admin = anonymous.as("ops", null, "admin");
    ObjectNodeReport before = ObjectNodeReport.of(analyst, month);
    JsonNode projectsBefore = analyst.get("/api/v1/improvement-projects").body();

    Api.Response started = admin.post("/api/v1/projections/ticket-analysis/rebuilds", "");
    assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
    String location = started.header("Location");
    assertThat(admin.post("/api/v1/projections/ticket-analysis/rebuilds", "").status())
        .as("one at a time")
        .isEqualTo(409);
    assertThat(admin.post("/api/v1/projections/no-such/rebuilds", "").status()).isEqualTo(404);
    assertThat(analyst.post("/api/v1/projections/ticket-analysis/rebuilds", "").status())
        .isEqualTo(403);
    List<String> states = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              JsonNode progress = analyst.get(location).body();
              states.add(progress.path("state").asString());
              // the live generation answers throughout, with the same figures
              assertThat(ObjectNodeReport.of(analyst, month)).isEqualTo(before);
              assertThat(progress.path("state").asString()).isEqualTo("COMPLETED");
            });
    assertThat(states).contains("COMPLETED");
    JsonNode done = analyst.get(location).body();
    assertThat(done.path("eventsDone").asLong()).isGreaterThan(6_000);
    assertThat(done.path("eventsPerSecond").asDouble()).isPositive();
    JsonNode analysis =
        stream(analyst.get("/api/v1/projections").body()).stream()
            .filter(p -> p.path("name").asString().equals("ticket-analysis"))
            .findFirst()
            .orElseThrow();
    assertThat(analysis.path("collection").asString()).startsWith("ticket_facts__");
    assertThat(analysis.path("running").asBoolean()).isTrue();

    // the command line does the same, printing the progress
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    int exit =
        com.feedbackdesk.bootstrap.cli.RebuildCommand.run(
            new String[] {"rebuild", "improvement-projects", "--url=" + anonymous.uri("")},
            new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(exit).as(printed.toString()).isZero();
    assertThat(printed.toString()).contains("improvement-projects COMPLETED 100.0%");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(analyst.get("/api/v1/improvement-projects").body())
                    .isEqualTo(projectsBefore));
    assertThat(ObjectNodeReport.of(analyst, month)).isEqualTo(before);
  }

  private static List<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** The month's report without the time it was made: what a rebuild must give again. */
  private record ObjectNodeReport(JsonNode report) {
    static ObjectNodeReport of(Api analyst, YearMonth month) {
      Api.Response response = analyst.get("/api/v1/reports/monthly?month=" + month);
      assertThat(response.status()).isEqualTo(200);
      tools.jackson.databind.node.ObjectNode report =
          (tools.jackson.databind.node.ObjectNode) response.body();
      report.remove("generatedAt");
      return new ObjectNodeReport(report);
    }
  }
}
