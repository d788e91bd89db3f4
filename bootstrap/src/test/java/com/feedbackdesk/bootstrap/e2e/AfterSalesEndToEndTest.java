package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * After-sales applications over HTTP, against the embedded order directory, under a policy whose
 * time limits are seconds and whose calendar works every day (so that "day 8" is day 8 whatever
 * weekday the test runs on; the holiday rule is pinned in AfterSalesPolicyTest): accepted on day 6
 * and carried out on its ticket, rejected on day 8 with the reason, an exempt category, a case the
 * rules cannot decide accepted by timeout, goods not sent back closing the application, and the
 * refusals.
 */
class AfterSalesEndToEndTest {

  @TempDir static Path dataDirectory;

  private static ConfigurableApplicationContext service;
  private static Api anonymous;
  private static Api admin;
  private static Api customer;
  private static Api handler;
  private static Api supervisor;
  private static final String ORDER = "SO-E2E-" + UUID.randomUUID().toString().substring(0, 8);
  private static final Instant NOW = Instant.now();

  @BeforeAll
  static void start() throws IOException {
    Path calendar = dataDirectory.resolve("seven-days.json");
    StringBuilder week = new StringBuilder();
    for (String day :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      week.append(week.isEmpty() ? "" : ",").append('"').append(day).append("\":[\"00:00-24:00\"]");
    }
    Files.writeString(
        calendar,
        "{\"zone\":\"Asia/Shanghai\",\"week\":{"
            + week
            + "},\"holidays\":{},\"makeUpWorkingDays\":{}}");
    service =
        new SpringApplicationBuilder(FeedbackDeskApplication.class)
            .run(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + dataDirectory.resolve("data"),
                "--feedbackdesk.sla.calendar-files=" + calendar,
                "--feedbackdesk.after-sales.calendar=seven-days",
                "--feedbackdesk.after-sales.decide-within=6s",
                "--feedbackdesk.after-sales.ship-within=12s",
                "--feedbackdesk.after-sales.refund-within=10m");
    anonymous = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
    admin = anonymous.as("ops", null, "admin");
    customer = anonymous.as("C2001", null, "customer");
    handler = anonymous.as("li.na", "WAREHOUSE_LOGISTICS", "handler");
    supervisor = anonymous.as("chen.jing", null, "supervisor");
    Api.Response loaded =
        admin.put(
            "/api/v1/shop-orders/" + ORDER,
            Map.of(
                "customerId",
                "C2001",
                "placedAt",
                NOW.minus(Duration.ofDays(20)).toString(),
                "lines",
                List.of(
                    line("1", "ELECTRONICS", "299.00", 6),
                    line("2", "ELECTRONICS", "299.00", 8),
                    line("3", "CUSTOMISED", "99.00", 2),
                    line("4", "ELECTRONICS", "2999.00", 2),
                    line("5", "ELECTRONICS", "199.00", 1),
                    line("6", "ELECTRONICS", "2999.00", 3),
                    line("7", "ELECTRONICS", "299.00", 3),
                    line("8", "ELECTRONICS", "299.00", 3))));
    assertThat(loaded.status()).as(loaded.raw().body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  /** A line received {@code daysAgo} days before now, two items. */
  private static Map<String, Object> line(String id, String category, String price, int daysAgo) {
    Instant received = NOW.minus(Duration.ofDays(daysAgo));
    Map<String, Object> line = new HashMap<>();
    line.put("lineId", id);
    line.put("sku", "SKU-" + id);
    line.put("product", "蓝牙耳机 A" + id);
    line.put("productCategory", category);
    line.put("quantity", 2);
    line.put("unitPrice", new BigDecimal(price));
    line.put("currency", "CNY");
    line.put("deliveredAt", received.minus(Duration.ofHours(2)).toString());
    line.put("receivedAt", received.toString());
    return line;
  }

  private static Map<String, Object> application(String line, String remedy, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("orderNumber", ORDER);
    body.put("lineId", line);
    body.put("remedy", remedy);
    body.put("reason", reason);
    body.put("quantity", 1);
    body.put("description", "不想要了，包装完好");
    return body;
  }

  private static Api.Response apply(Api who, Map<String, Object> body, String... headers) {
    return who.post("/api/v1/after-sales/applications", body, headers);
  }

  private static JsonNode rule(JsonNode application, String rule) {
    for (JsonNode outcome : application.path("review").path("rules")) {
      if (outcome.path("rule").asString().equals(rule)) {
        return outcome;
      }
    }
    throw new AssertionError("no rule " + rule + " in " + application);
  }

  /** The ticket's history once the predicate holds (60 s at most). */
  private static List<JsonNode> ticketHistory(String ticketId, Predicate<List<JsonNode>> until) {
    return eventually(
        () -> {
          Api.Response response = supervisor.get("/api/v1/tickets/" + ticketId + "/history");
          if (response.status() != 200) {
            return List.<JsonNode>of();
          }
          return StreamSupport.stream(response.body().spliterator(), false).toList();
        },
        until);
  }

  private static JsonNode applicationOnce(String number, Predicate<JsonNode> until) {
    return eventually(
        () -> supervisor.get("/api/v1/after-sales/applications/" + number).body(), until);
  }

  private static <T> T eventually(java.util.function.Supplier<T> read, Predicate<T> until) {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    T last = read.get();
    while (!until.test(last)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("never got there: " + last);
      }
      sleep(250);
      last = read.get();
    }
    return last;
  }

  private static long count(List<JsonNode> history, String type, String text) {
    return history.stream()
        .filter(e -> e.path("type").asString().equals(type))
        .filter(e -> text == null || e.path("data").toString().contains(text))
        .count();
  }

  @Test
  void acceptedOnDaySixItBecomesAWarehouseTaskAndIsCarriedOutOnItsTicket() {
    String policyVersion = customer.get("/api/v1/after-sales/policy").text("version");

    Api.Response made = apply(customer, application("1", "RETURN", "NO_REASON"));

    assertThat(made.status()).as(made.raw().body()).isEqualTo(201);
    JsonNode app = made.body();
    String number = app.path("number").asString();
    assertThat(made.header("Location")).endsWith("/api/v1/after-sales/applications/" + number);
    assertThat(number).matches("SH\\d{8}\\d{3,}");
    assertThat(app.path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(app.path("review").path("decidedBy").asString()).isEqualTo("RULES");
    assertThat(app.path("review").path("policyVersion").asString())
        .isEqualTo(policyVersion)
        .startsWith("sha256:");
    assertThat(rule(app, "NO_REASON_WINDOW").path("verdict").asString()).isEqualTo("PASSED");
    assertThat(rule(app, "NO_REASON_WINDOW").path("message").asString()).contains("签收后第 6 天");
    assertThat(app.path("department").asString()).isEqualTo("WAREHOUSE_LOGISTICS");
    assertThat(app.path("dueBy").isNull()).isFalse();

    // the ticket: registered as an after-sales case, assigned to the task's department, told
    String ticket = app.path("ticketId").asString();
    List<JsonNode> history = ticketHistory(ticket, h -> count(h, "ReplyPosted", "已通过审核") == 1);
    assertThat(count(history, "TicketAssigned", "WAREHOUSE_LOGISTICS")).isEqualTo(1);
    assertThat(count(history, "InternalNoteAdded", policyVersion)).isEqualTo(1);
    JsonNode ticketView = supervisor.get("/api/v1/tickets/" + ticket).body();
    assertThat(ticketView.toString()).contains("AFTER_SALES").contains(number);

    // a second application for the same line while this one is open is refused, naming it
    Api.Response second = apply(customer, application("1", "RETURN", "NO_REASON"));
    assertThat(second.body().path("status").asString()).isEqualTo("REJECTED");
    assertThat(rule(second.body(), "ONE_OPEN_PER_LINE").path("message").asString())
        .contains(number);

    // the warehouse's task list has it; the customer sends the goods back; the handler completes
    Api.Response tasks =
        handler.get("/api/v1/after-sales/applications?status=ACCEPTED&status=IN_HANDLING");
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.body().path("applications").toString()).contains(number);
    Api.Response shipped =
        customer.post(
            "/api/v1/after-sales/applications/" + number + "/return-shipment",
            Map.of("carrier", "顺丰速运", "trackingNumber", "SF1234567890"));
    assertThat(shipped.status()).as(shipped.raw().body()).isEqualTo(200);
    assertThat(shipped.body().path("shipment").path("trackingNumber").asString())
        .isEqualTo("SF1234567890");
    Api.Response taken =
        handler.post("/api/v1/after-sales/applications/" + number + "/handling", "{}");
    assertThat(taken.body().path("status").asString()).isEqualTo("IN_HANDLING");
    Api.Response completed =
        handler.post(
            "/api/v1/after-sales/applications/" + number + "/completion",
            Map.of("outcome", "RETURN", "summary", "已退款 299.00 元", "amount", 299.00));
    assertThat(completed.status()).as(completed.raw().body()).isEqualTo(200);
    assertThat(completed.body().path("status").asString()).isEqualTo("COMPLETED");
    assertThat(completed.body().path("completion").path("decidedBy").asString())
        .isEqualTo("PERSON");

    List<JsonNode> resolved = ticketHistory(ticket, h -> count(h, "TicketResolved", null) == 1);
    assertThat(count(resolved, "TicketAccepted", "li.na")).isEqualTo(1);
    assertThat(count(resolved, "TicketResolved", "RETURN")).isEqualTo(1);
    // each step was carried onto the ticket once
    assertThat(count(resolved, "ReplyPosted", "已通过审核")).isEqualTo(1);
    assertThat(count(resolved, "InternalNoteAdded", "已寄回商品")).isEqualTo(1);

    // the line is free again: a new application for it is reviewed on its own merits
    Api.Response again = apply(customer, application("1", "RETURN", "NO_REASON"));
    assertThat(rule(again.body(), "ONE_OPEN_PER_LINE").path("verdict").asString())
        .isEqualTo("PASSED");
    // and the item refunded is not refunded again: one of the line's two is left
    assertThat(rule(again.body(), "QUANTITY").path("message").asString()).contains("已售后 1 件");
  }

  @Test
  void aFaultShownOnAPhotoIsAcceptedAndThePhotoIsSeenWithTheApplication() {
    Api.Response photo =
        customer.upload(
            "/api/v1/attachments", "左耳无声.png", "image/png", AttachmentsEndToEndTest.PNG);
    assertThat(photo.status()).as(photo.raw().body()).isEqualTo(201);
    Map<String, Object> body = application("7", "EXCHANGE", "QUALITY");
    body.put("attachments", List.of(photo.text("id")));

    Api.Response made = apply(customer, body);

    assertThat(made.status()).as(made.raw().body()).isEqualTo(201);
    assertThat(made.body().path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(rule(made.body(), "EVIDENCE").path("verdict").asString()).isEqualTo("PASSED");
    JsonNode attached = made.body().path("attachments").get(0);
    assertThat(attached.path("fileName").asString()).isEqualTo("左耳无声.png");
    assertThat(attached.path("contentType").asString()).isEqualTo("image/png");
    String url = attached.path("url").asString();
    assertThat(handler.download(url).body()).isEqualTo(AttachmentsEndToEndTest.PNG);
    assertThat(customer.download(url).statusCode()).isEqualTo(200);
    assertThat(anonymous.as("C9998", null, "customer").download(url).statusCode()).isEqualTo(404);
    // claimed by the application, the upload cannot come with anything else
    Map<String, Object> again = application("7", "EXCHANGE", "QUALITY");
    again.put("attachments", List.of(photo.text("id")));
    assertThat(apply(customer, again).status()).isEqualTo(400);

    // without a photo the same claim goes to a person
    Api.Response noPhoto = apply(customer, application("8", "EXCHANGE", "QUALITY"));
    assertThat(noPhoto.body().path("status").asString()).isEqualTo("UNDER_REVIEW");
  }

  @Test
  void onDayEightItIsRejectedAndTheCustomerIsToldWhyInTheirLanguage() {
    Api.Response made = apply(customer, application("2", "RETURN", "NO_REASON"));

    assertThat(made.status()).isEqualTo(201);
    assertThat(made.body().path("status").asString()).isEqualTo("REJECTED");
    JsonNode window = rule(made.body(), "NO_REASON_WINDOW");
    assertThat(window.path("verdict").asString()).isEqualTo("FAILED");
    assertThat(window.path("message").asString()).startsWith("签收后第 8 天申请，已超过 7 天无理由退货期");
    List<JsonNode> history =
        ticketHistory(
            made.body().path("ticketId").asString(), h -> count(h, "TicketResolved", null) == 1);
    assertThat(count(history, "ReplyPosted", "签收后第 8 天申请")).isEqualTo(1);

    // analysts find the review in the history: the application's events, by its ticket
    Api.Response exported =
        anonymous
            .as("wu.fang", null, "analyst")
            .get(
                "/api/v1/events?type=AfterSalesReviewed&ticket="
                    + made.body().path("ticketId").asString());
    assertThat(exported.status()).isEqualTo(200);
    JsonNode line = Api.parse(exported.raw().body().strip());
    assertThat(line.path("aggregateType").asString()).isEqualTo("AfterSalesApplication");
    assertThat(line.path("aggregateId").asString()).isEqualTo(made.body().path("id").asString());
    assertThat(line.path("data").path("calendar").asString()).startsWith("seven-days@");
    assertThat(line.path("data").toString()).contains("NO_REASON_WINDOW");

    Map<String, Object> english = application("2", "RETURN", "NO_REASON");
    english.put("language", "en");
    Api.Response inEnglish = apply(customer, english);
    assertThat(rule(inEnglish.body(), "NO_REASON_WINDOW").path("message").asString())
        .startsWith("applied on day 8 after receipt, after the 7-day no-reason return ended");
  }

  @Test
  void anExemptCategoryIsRejectedAndARemedyTheReasonDoesNotAllowToo() {
    Api.Response customised = apply(customer, application("3", "RETURN", "NO_REASON"));
    Api.Response repair = apply(customer, application("3", "REPAIR", "NO_REASON"));

    assertThat(customised.body().path("status").asString()).isEqualTo("REJECTED");
    assertThat(rule(customised.body(), "NO_REASON_EXEMPTION").path("message").asString())
        .contains("CUSTOMISED");
    assertThat(rule(repair.body(), "REMEDY_FITS_REASON").path("verdict").asString())
        .isEqualTo("FAILED");
  }

  @Test
  void whatTheRulesCannotDecideGoesToAPersonAndIsAcceptedWhenNobodyDecides() {
    Api.Response made = apply(customer, application("4", "RETURN", "NO_REASON"));

    assertThat(made.body().path("status").asString()).isEqualTo("UNDER_REVIEW");
    assertThat(rule(made.body(), "AMOUNT_LIMIT").path("verdict").asString())
        .isEqualTo("UNDECIDABLE");
    assertThat(made.body().path("department").asString()).isEqualTo("CUSTOMER_SERVICE");
    String number = made.body().path("number").asString();

    JsonNode decided = applicationOnce(number, a -> a.path("status").asString().equals("ACCEPTED"));
    assertThat(decided.path("review").path("decidedBy").asString()).isEqualTo("TIMEOUT");
    assertThat(decided.path("department").asString()).isEqualTo("WAREHOUSE_LOGISTICS");
    List<JsonNode> history =
        ticketHistory(
            decided.path("ticketId").asString(), h -> count(h, "ReplyPosted", "商家未在时限内处理") == 1);
    assertThat(count(history, "ReplyPosted", "需要人工审核")).isEqualTo(1);
  }

  @Test
  void aPersonDecidesAReferredApplicationOnceWithTheReason() {
    Api.Response made = apply(customer, application("6", "RETURN", "NO_REASON"));
    String number = made.body().path("number").asString();

    Api.Response byCustomer =
        customer.post(
            "/api/v1/after-sales/applications/" + number + "/decision",
            Map.of("decision", "ACCEPTED", "note", "ok"));
    Api.Response rejected =
        supervisor.post(
            "/api/v1/after-sales/applications/" + number + "/decision",
            Map.of("decision", "REJECTED", "note", "商品已激活使用，不符合无理由退货条件"));
    Api.Response again =
        supervisor.post(
            "/api/v1/after-sales/applications/" + number + "/decision",
            Map.of("decision", "ACCEPTED", "note", "改为同意"));

    assertThat(byCustomer.status()).isEqualTo(403);
    assertThat(rejected.status()).as(rejected.raw().body()).isEqualTo(200);
    assertThat(rejected.body().path("review").path("decidedBy").asString()).isEqualTo("PERSON");
    assertThat(rejected.body().path("status").asString()).isEqualTo("REJECTED");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text("type")).isEqualTo("/problems/application-state-conflict");
    List<JsonNode> history =
        ticketHistory(
            rejected.body().path("ticketId").asString(),
            h -> count(h, "ReplyPosted", "商品已激活使用") == 1);
    assertThat(count(history, "TicketResolved", null)).isEqualTo(1);
  }

  @Test
  void goodsNotSentBackInTimeCloseTheApplicationByTimeout() {
    Api.Response made = apply(customer, application("5", "RETURN", "NO_REASON"));
    assertThat(made.body().path("status").asString()).isEqualTo("ACCEPTED");

    JsonNode closed =
        applicationOnce(
            made.body().path("number").asString(),
            a -> a.path("status").asString().equals("CLOSED"));

    assertThat(closed.path("dueBy").isNull()).isTrue();
    List<JsonNode> history =
        ticketHistory(
            closed.path("ticketId").asString(), h -> count(h, "TicketResolved", null) == 1);
    assertThat(count(history, "ReplyPosted", "已关闭")).isEqualTo(1);
    Api.Response late =
        customer.post(
            "/api/v1/after-sales/applications/"
                + closed.path("number").asString()
                + "/return-shipment",
            Map.of("carrier", "顺丰速运", "trackingNumber", "SF1"));
    assertThat(late.status()).isEqualTo(409);
  }

  @Test
  void anotherCustomersTokenIsRefusedOnEveryOperationOnAnApplicationAndChangesNothing() {
    String number =
        apply(customer, application("5", "REFUND", "NOT_RECEIVED"))
            .body()
            .path("number")
            .asString();
    Api intruder = anonymous.as("C20000", null, "customer");
    long version =
        supervisor
            .get("/api/v1/after-sales/applications/" + number)
            .body()
            .path("version")
            .asLong();
    Map<String, Object> bodies =
        Map.of(
            "{ref}", "",
            "decision", Map.of("decision", "ACCEPTED", "note", "ok"),
            "return-shipment", Map.of("carrier", "顺丰速运", "trackingNumber", "SF1"),
            "handling", "{}",
            "completion", Map.of("outcome", "REFUND", "summary", "x"),
            "withdrawal", Map.of("reason", "x"));
    // what a customer may run on their own applications; on another's these answer 404
    List<String> customers =
        List.of(
            "GET /api/v1/after-sales/applications/{ref}",
            "POST /api/v1/after-sales/applications/{ref}/return-shipment",
            "POST /api/v1/after-sales/applications/{ref}/withdrawal");
    List<String> tried = new java.util.ArrayList<>();

    anonymous
        .get("/v3/api-docs")
        .body()
        .path("paths")
        .properties()
        .forEach(
            path -> {
              if (!path.getKey().startsWith("/api/v1/after-sales/applications/{ref}")) {
                return;
              }
              path.getValue()
                  .properties()
                  .forEach(
                      method -> {
                        String operation =
                            method.getKey().toUpperCase(java.util.Locale.ROOT)
                                + " "
                                + path.getKey();
                        String last = path.getKey().substring(path.getKey().lastIndexOf('/') + 1);
                        assertThat(bodies).as("a body to try %s with", operation).containsKey(last);
                        String target = path.getKey().replace("{ref}", number);
                        Api.Response answer =
                            method.getKey().equals("get")
                                ? intruder.get(target)
                                : intruder.post(target, bodies.get(last));
                        assertThat(answer.status())
                            .as(operation)
                            .isEqualTo(customers.contains(operation) ? 404 : 403);
                        assertThat(answer.raw().body()).doesNotContain("蓝牙耳机");
                        tried.add(operation);
                      });
            });

    assertThat(tried).hasSize(6).containsAll(customers);
    assertThat(
            supervisor
                .get("/api/v1/after-sales/applications/" + number)
                .body()
                .path("version")
                .asLong())
        .as("nothing changed")
        .isEqualTo(version);
  }

  @Test
  void othersAreRefusedAndBadInputIsA400() {
    Api.Response made =
        apply(customer, application("2", "RETURN", "NO_REASON"), "Idempotency-Key", "k-1");
    Api.Response replayed =
        apply(customer, application("2", "RETURN", "NO_REASON"), "Idempotency-Key", "k-1");
    String number = made.body().path("number").asString();
    assertThat(replayed.body().path("id").asString()).isEqualTo(made.body().path("id").asString());
    assertThat(made.header("Idempotent-Replayed")).isNull();
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");

    Api other = anonymous.as("C9999", null, "customer");
    assertThat(other.get("/api/v1/after-sales/applications/" + number).status()).isEqualTo(404);
    Api.Response othersOrder = apply(other, application("2", "RETURN", "NO_REASON"));
    assertThat(othersOrder.status()).isEqualTo(404);
    assertThat(othersOrder.text("type")).isEqualTo("/problems/order-not-found");
    assertThat(other.get("/api/v1/after-sales/applications").body().path("total").asLong())
        .isZero();
    Api analyst = anonymous.as("wu.fang", null, "analyst");
    assertThat(apply(analyst, application("2", "RETURN", "NO_REASON")).status()).isEqualTo(403);
    Api technical = anonymous.as("wang.qiang", "TECHNICAL", "handler");
    assertThat(technical.get("/api/v1/after-sales/applications/" + number).status()).isEqualTo(403);
    assertThat(customer.get("/api/v1/after-sales/applications/SH20200101999").status())
        .isEqualTo(404);
    // a ticket's id is no application's, and an application's no ticket's
    String ticketId = made.body().path("ticketId").asString();
    assertThat(supervisor.get("/api/v1/after-sales/applications/" + ticketId).status())
        .isEqualTo(404);
    assertThat(supervisor.get("/api/v1/tickets/" + made.body().path("id").asString()).status())
        .isEqualTo(404);

    Map<String, Object> none = application("2", "RETURN", "NO_REASON");
    none.put("quantity", 0);
    Map<String, Object> remedy = application("2", "NOPE", "NO_REASON");
    Map<String, Object> noLine = application("99", "RETURN", "NO_REASON");
    assertThat(apply(customer, none).status()).isEqualTo(400);
    assertThat(apply(customer, remedy).status()).isEqualTo(400);
    Api.Response missingLine = apply(customer, noLine);
    assertThat(missingLine.status()).isEqualTo(400);
    assertThat(missingLine.raw().body()).contains("lineId");
    assertThat(
            customer
                .post(
                    "/api/v1/after-sales/applications/" + number + "/withdrawal",
                    Map.of("reason", "x".repeat(2001)))
                .status())
        .isEqualTo(400);
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
