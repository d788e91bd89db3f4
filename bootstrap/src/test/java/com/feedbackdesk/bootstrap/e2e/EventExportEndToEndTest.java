package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The event history over HTTP as an analyst's script reads it: NDJSON, resumable, filtered. */
class EventExportEndToEndTest extends EndToEndTest {

  private static List<JsonNode> lines(Api.Response response) {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : response.raw().body().split("\n")) {
      if (!line.isBlank()) {
        lines.add(Api.parse(line));
      }
    }
    return lines;
  }

  private static Api.Response export(Api as, String query) {
    return as.send(
        HttpRequest.newBuilder(as.uri("/api/v1/events" + query))
            .header("Accept", "application/x-ndjson")
            .GET());
  }

  @Test
  void anAnalystReadsTheHistoryInOrderAndResumesAfterTheLastLine() {
    String number = submit("收到的包裹外箱破损，杯子碎了。");
    String id = api.get(path(number, "")).text("id");
    Api analyst = anonymous.as("zhao.min", null, "analyst");

    Api.Response all = export(analyst, "");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.contentType()).startsWith("application/x-ndjson");
    List<JsonNode> events = lines(all);
    assertThat(events).isNotEmpty();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).path("position").asLong())
          .isGreaterThan(events.get(i - 1).path("position").asLong());
    }
    List<JsonNode> mine = new ArrayList<>();
    events.forEach(
        e -> {
          if (e.path("ticketId").asString().equals(id)) {
            mine.add(e);
          }
        });
    assertThat(mine.get(0).path("type").asString()).isEqualTo("TicketSubmitted");
    assertThat(mine.get(0).path("revision").asString()).isEqualTo("3");
    assertThat(mine.get(0).path("aggregateType").asString()).isEqualTo("Ticket");
    assertThat(mine.get(0).path("aggregateId").asString()).isEqualTo(id);
    JsonNode recorded = api.get(path(number, "history")).body().get(0);
    assertThat(mine.get(0).path("actor").path("kind").asString())
        .isEqualTo(recorded.path("actor").path("kind").asString());
    assertThat(mine.get(0).path("actor").path("id").asString())
        .isEqualTo(recorded.path("actor").path("id").asString());
    assertThat(mine.get(0).path("data").path("description").asString())
        .isEqualTo("收到的包裹外箱破损，杯子碎了。");
    assertThat(mine.get(0).path("data").path("customer").path("phone").isNull())
        .as("pseudonymized")
        .isTrue();
    assertThat(mine).hasSize(api.get(path(number, "history")).body().size());

    // interrupted after two lines: resuming after the second gives exactly the rest
    List<JsonNode> head = lines(export(analyst, "?limit=2"));
    long resumeAfter = head.get(1).path("position").asLong();
    List<JsonNode> rest = lines(export(analyst, "?after=" + resumeAfter));
    assertThat(head.size() + rest.size()).isEqualTo(events.size());
    assertThat(rest.get(0).path("position").asLong()).isGreaterThan(resumeAfter);

    List<JsonNode> submissions = lines(export(analyst, "?type=TicketSubmitted&ticket=" + id));
    assertThat(submissions)
        .singleElement()
        .satisfies(e -> assertThat(e.path("ticketId").asString()).isEqualTo(id));
  }

  @Test
  void theSchemasOfEveryEventArePublishedWithTheirRevisions() {
    Api.Response schemas = anonymous.as("zhao.min", null, "analyst").get("/api/v1/events/schemas");

    assertThat(schemas.status()).isEqualTo(200);
    List<String> types = new ArrayList<>();
    for (JsonNode schema : schemas.body()) {
      types.add(schema.path("type").asString());
      assertThat(schema.path("schema").path("$schema").asString()).contains("2020-12");
    }
    assertThat(types).contains("TicketSubmitted", "TicketResolved", "ReturnVisitRecorded");
    assertThat(anonymous.as("chen.jing", null, "supervisor").get("/api/v1/events/schemas").status())
        .isEqualTo(403);
  }

  @Test
  void onlyAnalystsExportAndBadParametersAreProblems() {
    Api supervisor = anonymous.as("chen.jing", null, "supervisor");
    Api analyst = anonymous.as("zhao.min", null, "analyst");

    assertThat(export(supervisor, "").status()).isEqualTo(403);
    assertThat(export(customer, "").status()).isEqualTo(403);
    for (String bad :
        List.of(
            "?after=-1",
            "?after=x",
            "?since=yesterday",
            "?type=TicketEaten",
            "?ticket=FW1",
            "?limit=0",
            "?after=3&since=2024-05-01T00:00:00Z")) {
      Api.Response answer = export(analyst, bad);
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
    }
  }
}
