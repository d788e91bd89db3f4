package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A complaint from submission to closure, through a dissatisfied customer and a reopening. */
class TicketLifecycleEndToEndTest extends EndToEndTest {

  private Api.Response step(Api as, String number, String action, Object body) {
    Api.Response response = as.post(path(number, action), body);
    assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
    return response;
  }

  @Test
  void aComplaintTravelsFromSubmissionToClosureAndEveryStepIsInItsHistory() {
    Api.Response submitted =
        customer.post(
            "/api/v1/tickets", Api.submission("收到的包裹外箱破损，杯子碎了。The parcel arrived damaged."));
    assertThat(submitted.status()).isEqualTo(201);
    String number = submitted.text("number");
    String id = submitted.text("id");
    assertThat(number).matches("FW\\d{8}\\d{3,}");
    assertThat(submitted.header("Location")).isEqualTo("/api/v1/tickets/" + number);
    assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
    assertThat(submitted.text("category")).isEqualTo("CQ02");
    assertThat(submitted.text("priority")).isEqualTo("P2");
    assertThat(submitted.text("description"))
        .isEqualTo("收到的包裹外箱破损，杯子碎了。The parcel arrived damaged.");
    assertThat(submitted.text("occurredAt")).isEqualTo("2024-05-20T01:30:00Z");
    assertThat(submitted.body().path("suggestedClassification").isNull())
        .as("the automatic suggestion is staff's")
        .isTrue();
    assertThat(
            api.get(path(number, ""))
                .body()
                .path("suggestedClassification")
                .path("matchedRules")
                .get(0)
                .asString())
        .isEqualTo("damaged-in-transit");
    // submitted, suggested, the SLA policy applied, three clocks started
    assertThat(submitted.body().path("version").asLong()).isEqualTo(5);

    Api supervisor = anonymous.as("chen.jing", null, "supervisor");
    JsonNode classified =
        step(supervisor, number, "classification", Map.of("priority", "P1")).body();
    assertThat(classified.path("priority").asString()).isEqualTo("P1");
    assertThat(classified.path("category").asString()).isEqualTo("CQ02");

    JsonNode assigned =
        step(
                supervisor,
                number,
                "assignment",
                Map.of("assignee", "li.na", "supportingDepartments", List.of("LEGAL")))
            .body();
    assertThat(assigned.path("status").asString()).isEqualTo("ASSIGNED");
    assertThat(assigned.path("department").asString()).isEqualTo("WAREHOUSE_LOGISTICS");

    JsonNode accepted =
        step(handler, number, "acceptance", Map.of("assignee", "li.na", "plan", "已联系物流方核实")).body();
    assertThat(accepted.path("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(accepted.path("plan").asString()).isEqualTo("已联系物流方核实");

    step(handler, number, "replies", Map.of("author", "li.na", "message", "您好，我们正在核实"));
    step(
        handler,
        number,
        "notes",
        Map.of("author", "li.na", "message", "carrier admits the box was crushed"));
    assertThat(
            step(
                    handler,
                    number,
                    "information-requests",
                    Map.of("author", "li.na", "message", "请提供破损照片"))
                .text("status"))
        .isEqualTo("AWAITING_CUSTOMER");
    assertThat(
            step(customer, number, "customer-replies", Map.of("message", "照片已上传")).text("status"))
        .isEqualTo("IN_PROGRESS");

    JsonNode resolved =
        step(
                handler,
                number,
                "resolution",
                Map.of("resolutionType", "RESEND", "summary", "补发新杯子", "amount", 39.9, "cost", 52))
            .body();
    assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
    assertThat(resolved.path("resolution").path("amount").path("amount").decimalValue())
        .isEqualByComparingTo("39.90");

    JsonNode reopened =
        step(
                customer,
                number,
                "confirmation",
                Map.of("resolved", true, "satisfaction", "UNSATISFIED", "comment", "新杯子也碎了"))
            .body();
    assertThat(reopened.path("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(reopened.path("reopenCount").asInt()).isEqualTo(1);
    assertThat(reopened.path("escalationLevel").asString()).isEqualTo("DIRECTOR");

    step(
        handler,
        number,
        "resolution",
        Map.of("resolutionType", "REFUND", "summary", "全额退款", "amount", 99));
    JsonNode closed =
        step(
                customer,
                number,
                "confirmation",
                Map.of("resolved", true, "satisfaction", "BASICALLY_SATISFIED"))
            .body();
    assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.path("handlingSummary").asString()).isEqualTo("全额退款");
    long version = closed.path("version").asLong();

    Api.Response byId = api.get("/api/v1/tickets/" + id);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.body()).isEqualTo(api.get("/api/v1/tickets/" + number).body());
    assertThat(byId.body().path("version").asLong()).isEqualTo(version);

    Api.Response history = api.get(path(number, "history"));
    List<String> all = new ArrayList<>();
    history.body().forEach(entry -> all.add(entry.path("type").asString()));
    // the SLA engine's entries come each right after what caused it
    assertThat(all).containsSubsequence("InformationRequested", "SlaClockPaused");
    assertThat(all.get(all.indexOf("InformationRequested") + 1)).isEqualTo("SlaClockPaused");
    assertThat(all.get(all.indexOf("CustomerReplied") + 1)).isEqualTo("SlaClockResumed");
    List<String> types = all.stream().filter(type -> !type.startsWith("Sla")).toList();
    assertThat(types)
        .containsExactly(
            "TicketSubmitted",
            "ClassificationSuggested",
            "TicketClassified",
            "TicketAssigned",
            "TicketAccepted",
            "ReplyPosted",
            "InternalNoteAdded",
            "InformationRequested",
            "CustomerReplied",
            "TicketResolved",
            "CustomerConfirmationRecorded",
            "TicketReopened",
            "TicketEscalated",
            "TicketResolved",
            "CustomerConfirmationRecorded",
            "TicketClosed");
    assertThat(history.body().size()).isEqualTo(version + 1);
    JsonNode first = history.body().get(0);
    assertThat(first.path("actor").path("kind").asString()).isEqualTo("CUSTOMER");
    assertThat(first.path("data").path("description").asString()).startsWith("收到的包裹外箱破损");
    JsonNode classification = history.body().get(all.indexOf("TicketClassified"));
    assertThat(classification.path("actor").path("id").asString()).isEqualTo("chen.jing");
    assertThat(history.body().get(2).path("actor").path("id").asString()).isEqualTo("sla-engine");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode page =
                  api.get("/api/v1/tickets?status=CLOSED&customerId=C10086&size=100").body();
              assertThat(page.path("items").findValuesAsString("number")).contains(number);
            });
  }

  @Test
  void aTicketTheStateMachineDoesNotAllowToMoveIsRefusedWithTheRuleNamed() {
    String number = submit("我想咨询一下这个怎么用");

    Api.Response resolve =
        api.post(
            path(number, "resolution"), Map.of("resolutionType", "EXPLANATION", "summary", "已解答"));
    Api.Response confirm =
        api.post(
            path(number, "confirmation"), Map.of("resolved", true, "satisfaction", "SATISFIED"));
    Api.Response accept =
        api.post(path(number, "acceptance"), Map.of("assignee", "li.na", "plan", "x"));

    assertThat(resolve.status()).isEqualTo(409);
    assertThat(resolve.contentType()).startsWith("application/problem+json");
    assertThat(resolve.text("type")).isEqualTo("/problems/ticket-state-conflict");
    assertThat(resolve.text("rule")).isEqualTo("TicketNotAccepted");
    assertThat(confirm.text("rule")).isEqualTo("TicketNotResolved");
    assertThat(accept.text("rule")).isEqualTo("TicketNotAssigned");
    assertThat(api.get(path(number, "")).body().path("version").asLong()).isEqualTo(5);
  }

  @Test
  void theWorkQueueShowsTheMostUrgentFirst() {
    String customer = "Q" + System.nanoTime();
    String p3 = submitFor(customer, "我想咨询一下这个怎么用");
    String p1 = submitFor(customer, "我的个人信息泄露了");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              List<String> numbers =
                  api.get("/api/v1/tickets?status=SUBMITTED&customerId=" + customer)
                      .body()
                      .path("items")
                      .findValuesAsString("number");
              assertThat(numbers).contains(p1, p3);
              assertThat(numbers.indexOf(p1)).isLessThan(numbers.indexOf(p3));
            });
  }

  private String submitFor(String customerId, String description) {
    tools.jackson.databind.node.ObjectNode body = Api.submission(description);
    ((tools.jackson.databind.node.ObjectNode) body.path("customer")).put("id", customerId);
    return api.post("/api/v1/tickets", body).text("number");
  }
}
