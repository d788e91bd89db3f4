package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A ticket read as it was at an instant of its history, over HTTP. */
class TimeTravelEndToEndTest extends EndToEndTest {

  private static java.util.List<String> numbers(Api.Response page) {
    assertThat(page.status()).isEqualTo(200);
    java.util.List<String> numbers = new java.util.ArrayList<>();
    page.body().path("items").forEach(item -> numbers.add(item.path("number").asString()));
    return numbers;
  }

  @Test
  void aTicketAndItsHistoryAsOfAnInstant() {
    String number = submit("收到的包裹外箱破损，杯子碎了。");
    Api supervisor = anonymous.as("chen.jing", null, "supervisor");
    assertThat(supervisor.post(path(number, "assignment"), Map.of("assignee", "li.na")).status())
        .isEqualTo(200);
    JsonNode history = supervisor.get(path(number, "history")).body();
    Instant submitted = Instant.parse(history.get(0).path("occurredAt").asString());
    Instant assigned = null;
    for (JsonNode entry : history) {
      if (entry.path("type").asString().equals("TicketAssigned")) {
        assigned = Instant.parse(entry.path("occurredAt").asString());
      }
    }
    String ticket = "/api/v1/tickets/" + number;

    JsonNode then = supervisor.get(ticket + "?asOf=" + submitted).body();
    assertThat(then.path("status").asString()).isEqualTo("SUBMITTED");
    assertThat(then.path("assignee").isNull()).isTrue();
    assertThat(supervisor.get(ticket + "?asOf=" + assigned).text("status")).isEqualTo("ASSIGNED");
    assertThat(supervisor.get(ticket + "/history?asOf=" + submitted).body().size())
        .isLessThan(history.size());

    // the queue then: the ticket among the submitted ones, and no longer once assigned
    assertThat(
            numbers(supervisor.get("/api/v1/tickets?status=SUBMITTED&size=100&asOf=" + submitted)))
        .contains(number);
    assertThat(
            numbers(supervisor.get("/api/v1/tickets?status=SUBMITTED&size=100&asOf=" + assigned)))
        .doesNotContain(number);
    assertThat(numbers(supervisor.get("/api/v1/tickets?status=ASSIGNED&size=100&asOf=" + assigned)))
        .contains(number);

    Api.Response before = supervisor.get(ticket + "?asOf=" + submitted.minusSeconds(1));
    assertThat(before.status()).isEqualTo(404);
    assertThat(before.text("detail")).contains("yet at");
    Api.Response bad = supervisor.get(ticket + "?asOf=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).isEqualTo("application/problem+json");
  }
}
