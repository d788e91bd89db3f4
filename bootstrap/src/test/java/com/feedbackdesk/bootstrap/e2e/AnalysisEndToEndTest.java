package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.feedbackdesk.application.analysis.projection.TicketFactsProjection;
import com.feedbackdesk.application.analysis.view.QualitySampling;
import com.feedbackdesk.domain.ticket.TicketId;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The satisfaction statistics, the monthly report (JSON and CSV), the quality sample and its review
 * over HTTP, and the analysis read model rebuilt from the history giving the same figures. Other
 * tests share the store, so the figures are compared before and after this test's tickets.
 */
class AnalysisEndToEndTest extends EndToEndTest {

  private static final String[] LEVELS = {"SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};

  @Autowired private EventProcessingConfiguration processing;

  private final YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));

  private Api analyst() {
    return anonymous.as("ana.lyst", null, "analyst");
  }

  private JsonNode report() {
    Api.Response response = analyst().get("/api/v1/reports/monthly?month=" + month);
    assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    return response.body();
  }

  /** Takes a new ticket to closure with the rating; returns its id. */
  private String closedWith(String rating, int index) {
    Api.Response submitted = api.post("/api/v1/tickets", Api.submission("快递包裹破损，商品损坏 #" + index));
    String number = submitted.text("number");
    assertThat(api.post(path(number, "assignment"), Map.of("assignee", "li.na")).status())
        .isEqualTo(200);
    api.post(path(number, "acceptance"), Map.of("assignee", "li.na", "plan", "核实"));
    api.post(path(number, "replies"), Map.of("message", "已收到"));
    api.post(path(number, "resolution"), Map.of("resolutionType", "RESEND", "summary", "已补发"));
    Api.Response confirmed =
        api.post(
            path(number, "confirmation"),
            Map.of("resolved", !rating.equals("UNSATISFIED"), "satisfaction", rating));
    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    if (rating.equals("UNSATISFIED")) {
      // reopened: resolve again, and this time the customer is satisfied
      api.post(path(number, "resolution"), Map.of("resolutionType", "REFUND", "summary", "已退款"));
      api.post(path(number, "confirmation"), Map.of("resolved", true, "satisfaction", "SATISFIED"));
    }
    return submitted.text("id");
  }

  @Test
  void theMonthsFiguresTheSampleAndItsReviewAndARebuildThatGivesTheSame() {
    JsonNode before = report();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      ids.add(closedWith(LEVELS[i % 3], i));
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(report().path("classification").path("closed").asLong())
                    .isEqualTo(before.path("classification").path("closed").asLong() + 21));
    JsonNode after = report();
    assertThat(after.path("volume").path("total").asLong())
        .isEqualTo(before.path("volume").path("total").asLong() + 21);
    JsonNode ratingsBefore = before.path("satisfaction").path("ratings");
    JsonNode ratings = after.path("satisfaction").path("ratings");
    // 7 of each level, and the 7 unsatisfied rated satisfied after their second resolution
    assertThat(ratings.path("SATISFIED").asLong() - ratingsBefore.path("SATISFIED").asLong())
        .isEqualTo(14);
    assertThat(ratings.path("UNSATISFIED").asLong() - ratingsBefore.path("UNSATISFIED").asLong())
        .isEqualTo(7);
    assertThat(
            after.path("reopening").path("reopenings").asLong()
                - before.path("reopening").path("reopenings").asLong())
        .isEqualTo(7);
    assertThat(after.path("firstResponse").path("calendar").path("count").asLong())
        .isGreaterThanOrEqualTo(21);
    assertThat(after.path("sla").has("FIRST_RESPONSE")).isTrue();
    assertThat(after.path("hotSpots").findValuesAsString("key")).contains("CQ02");

    Api.Response stats =
        anonymous
            .as("chen.jing", null, "supervisor")
            .get("/api/v1/stats/satisfaction?from=" + month + "&to=" + month);
    assertThat(stats.status()).isEqualTo(200);
    assertThat(stats.body().path("overall").path("rated").asLong())
        .isEqualTo(after.path("satisfaction").path("rated").asLong());
    assertThat(stats.body().path("byDepartment").findValuesAsString("key"))
        .contains("WAREHOUSE_LOGISTICS");

    reviewTheSample(ids);
    theCsvOpensInASpreadsheet();
    aRebuildFromTheHistoryGivesTheSameFigures();
  }

  private void reviewTheSample(List<String> ids) {
    Api supervisor = anonymous.as("chen.jing", null, "supervisor");
    JsonNode sample = supervisor.get("/api/v1/quality/samples/" + month).body();
    List<String> drawn = sample.path("tickets").findValuesAsString("ticketId");
    for (String id : ids) {
      assertThat(drawn.contains(id))
          .as("ticket %s drawn as the rule says", id)
          .isEqualTo(QualitySampling.STANDARD.draws(month, TicketId.parse(id)));
    }
    String reviewed = drawn.get(0);
    Api.Response verdict =
        supervisor.post(
            "/api/v1/tickets/" + reviewed + "/classification-reviews",
            Map.of("month", month.toString(), "correct", false, "correctCategory", "CQ01"));
    assertThat(verdict.status()).as(verdict.raw().body()).isEqualTo(200);
    assertThat(verdict.body().path("review").path("samplingVersion").asString())
        .isEqualTo(QualitySampling.STANDARD.version());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(report().path("classification").path("sample").path("reviewed").asLong())
                    .isPositive());

    String notDrawn = ids.stream().filter(id -> !drawn.contains(id)).findFirst().orElseThrow();
    Api.Response refused =
        supervisor.post(
            "/api/v1/tickets/" + notDrawn + "/classification-reviews",
            Map.of("month", month.toString(), "correct", true));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("rule")).isEqualTo("NotInQualitySample");
    Api.Response wrongWithoutCategory =
        supervisor.post(
            "/api/v1/tickets/" + reviewed + "/classification-reviews",
            Map.of("month", month.toString(), "correct", false));
    assertThat(wrongWithoutCategory.status()).isEqualTo(400);
    assertThat(
            analyst()
                .post(
                    "/api/v1/tickets/" + reviewed + "/classification-reviews",
                    Map.of("month", month.toString(), "correct", true))
                .status())
        .as("analysts read the figures but give no verdicts")
        .isEqualTo(403);
    assertThat(customer.get("/api/v1/reports/monthly?month=" + month).status()).isEqualTo(403);
    assertThat(handler.get("/api/v1/quality/samples/" + month).status()).isEqualTo(403);
  }

  private void theCsvOpensInASpreadsheet() {
    Api analyst = analyst();
    Api.Response csv =
        analyst.send(
            HttpRequest.newBuilder(analyst.uri("/api/v1/reports/monthly?month=" + month))
                .header("Accept", "text/csv")
                .GET());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"feedback-report-" + month + ".csv\"");
    byte[] bytes = csv.raw().body().getBytes(StandardCharsets.UTF_8);
    assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1))
        .as("a UTF-8 byte-order mark")
        .isEqualTo("\u00EF\u00BB\u00BF");
    String text = csv.raw().body().substring(1);
    assertThat(text).startsWith("section,dimension,key,label,metric,value\r\n");
    assertThat(text).contains("volume,category,CQ02,物流服务 logistics,count,");
    assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(6));
  }

  private void aRebuildFromTheHistoryGivesTheSameFigures() {
    ObjectNode live = (ObjectNode) report();
    TrackingEventProcessor processor =
        processing
            .eventProcessor(TicketFactsProjection.NAME, TrackingEventProcessor.class)
            .orElseThrow();

    processor.shutDown();
    processor.resetTokens();
    processor.start();

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              ObjectNode rebuilt = (ObjectNode) report();
              rebuilt.remove("generatedAt");
              live.remove("generatedAt");
              assertThat(rebuilt).isEqualTo(live);
            });
  }
}
