package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input gets a 4xx problem that says which field is wrong and why: never a 500, never a silent
 * acceptance.
 */
class BadInputEndToEndTest extends EndToEndTest {

  private static final String TICKETS = "/api/v1/tickets";

  private static ObjectNode with(String field, Object value) {
    ObjectNode body = Api.submission("包裹破损");
    if (value == null) {
      body.remove(field);
    } else {
      body.set(
          field, Api.parse(value instanceof String s ? "\"" + s + "\"" : String.valueOf(value)));
    }
    return body;
  }

  static Stream<Arguments> badSubmissions() {
    ObjectNode noContact = Api.submission("x");
    noContact.set("customer", Api.parse("{\"name\":\"王芳\"}"));
    ObjectNode badPhone = Api.submission("x");
    badPhone.set("customer", Api.parse("{\"id\":\"C1\",\"phone\":\"call me maybe\"}"));
    ObjectNode badEmail = Api.submission("x");
    badEmail.set("customer", Api.parse("{\"id\":\"C1\",\"email\":\"not-an-address\"}"));
    return Stream.of(
        Arguments.of("unknown channel", with("channel", "FAX"), "channel"),
        Arguments.of("unknown category", with("category", "CQ10"), "category"),
        Arguments.of("unknown priority", with("priority", "P0"), "priority"),
        Arguments.of("lower-case enum", with("type", "complaint"), "type"),
        Arguments.of("missing channel", with("channel", null), "channel"),
        Arguments.of("missing description", with("description", null), "description"),
        Arguments.of("blank description", with("description", "   "), "description"),
        Arguments.of(
            "description too long", with("description", "投".repeat(10_001)), "description"),
        Arguments.of("order number too long", with("orderNumber", "9".repeat(65)), "orderNumber"),
        Arguments.of("misspelt field", with("descripton", "x"), "descripton"),
        Arguments.of(
            "time without offset", with("occurredAt", "2024-05-20T09:30:00"), "occurredAt"),
        Arguments.of(
            "time in the future", with("occurredAt", "2099-01-01T00:00:00Z"), "occurredAt"),
        Arguments.of("number instead of text", with("region", 42), "region"),
        Arguments.of("enum by index", with("channel", 1), "channel"),
        Arguments.of("text instead of an object", with("customer", "C10086"), "customer"),
        Arguments.of("customer nobody can reach", noContact, "customer"),
        Arguments.of("phone that is no phone", badPhone, "customer.phone"),
        Arguments.of("e-mail that is no e-mail", badEmail, "customer.email"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSubmissions")
  void aBadSubmissionIsA400NamingTheField(String name, JsonNode body, String field) {
    Api.Response response = api.post(TICKETS, body);

    assertProblem(response, 400, "/problems/invalid-request");
    assertThat(response.body().path("errors").findValuesAsString("field")).contains(field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void aBodyThatIsNoTicketIsA400(String name, String body) {
    assertProblem(api.post(TICKETS, body), 400, "/problems/invalid-request");
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("truncated JSON", "{\"channel\":"),
        Arguments.of("not JSON", "channel=APP"),
        Arguments.of("an array", "[]"),
        Arguments.of("empty", ""),
        Arguments.of("null", "null"),
        Arguments.of("trailing garbage", Api.submission("x") + " {}"));
  }

  @Test
  void anEmptyFilterValueNamesNoValueRatherThanFailing() {
    // found by the hostile-input test: priority=%20 reached the query as a null element (a 500)
    assertThat(api.get("/api/v1/tickets?priority=%20&status=").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/sla/breaches?clock=%20&priority=").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/sla/at-risk?clock=").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/sla/attainment?clock=%00").status()).isEqualTo(200);
  }

  @Test
  void aMalformedFormBodyOnAPatchIsRefusedNotA500() {
    // found by the hostile-input test: Spring's form-content filter threw on %-escapes (a 500)
    for (String path : java.util.List.of("/api/v1/stats/satisfaction", "/api/v1/shop-orders/X")) {
      Api.Response response =
          api.send(
              java.net.http.HttpRequest.newBuilder(api.uri(path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("a=%ZZ&b=%")));
      assertThat(response.status()).as(path).isBetween(400, 499);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void badInputOnTicketCommandsIsA400NamingTheField() {
    String number = submit("包裹破损");

    Api.Response unknownDepartment =
        api.post(path(number, "assignment"), java.util.Map.of("department", "ACCOUNTING"));
    Api.Response malformedDepartment =
        api.post(path(number, "assignment"), java.util.Map.of("department", "tech dept"));
    Api.Response negativeAmount =
        api.post(
            path(number, "resolution"),
            java.util.Map.of("resolutionType", "REFUND", "summary", "x", "amount", -1));
    Api.Response resolvedAsText =
        api.post(
            path(number, "confirmation"),
            java.util.Map.of("resolved", "true", "satisfaction", "SATISFIED"));
    Api.Response amountAsText =
        api.post(
            path(number, "resolution"),
            java.util.Map.of("resolutionType", "REFUND", "summary", "x", "amount", "39.90"));
    Api.Response satisfactionMissing =
        api.post(path(number, "confirmation"), java.util.Map.of("resolved", true));
    Api.Response noEscalationBelowSupervisor =
        api.post(path(number, "escalations"), java.util.Map.of("reason", "x", "level", "HANDLER"));
    Api.Response someoneElseAsAuthor =
        api.post(path(number, "notes"), java.util.Map.of("author", "the.boss", "message", "x"));

    assertProblem(unknownDepartment, 400, "/problems/invalid-request");
    assertThat(unknownDepartment.text("detail")).contains("ACCOUNTING").contains("TECHNICAL");
    assertThat(fields(malformedDepartment)).contains("department");
    assertThat(fields(negativeAmount)).contains("amount");
    assertThat(fields(satisfactionMissing)).contains("satisfaction");
    assertThat(fields(resolvedAsText)).contains("resolved");
    assertThat(fields(amountAsText)).contains("amount");
    assertThat(fields(noEscalationBelowSupervisor)).contains("level");
    assertThat(fields(someoneElseAsAuthor)).contains("author");
    // unchanged since the submission: submitted, suggested, the SLA policy, three clocks started
    assertThat(api.get(path(number, "")).body().path("version").asLong()).isEqualTo(5);
  }

  @Test
  void badQueriesAreA400NamingTheParameter() {
    assertThat(fields(api.get(TICKETS + "?status=OPEN"))).contains("status");
    assertThat(fields(api.get(TICKETS + "?size=1000"))).contains("size");
    assertThat(fields(api.get(TICKETS + "?page=-1"))).contains("page");
    assertThat(fields(api.get(TICKETS + "?page=first"))).contains("page");
  }

  @Test
  void unknownTicketsAndPathsAre404AndWrongMethodsAndMediaTypesTheirOwn4xx() {
    assertProblem(api.get(TICKETS + "/FW20240520999"), 404, "/problems/ticket-not-found");
    assertProblem(
        api.get(TICKETS + "/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f/history"),
        404,
        "/problems/ticket-not-found");
    assertProblem(
        api.post(TICKETS + "/FW20240520999/notes", java.util.Map.of("author", "a", "message", "m")),
        404,
        "/problems/ticket-not-found");
    assertProblem(api.get("/api/v1/nothing-here"), 404, "/problems/not-found");
    assertProblem(
        api.send(HttpRequest.newBuilder(api.uri(TICKETS + "/FW20240520999")).DELETE()),
        405,
        "/problems/method-not-allowed");
    assertProblem(
        api.send(
            HttpRequest.newBuilder(api.uri(TICKETS))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))),
        415,
        "/problems/unsupported-media-type");
  }

  @Test
  void oversizedBodiesAre413WhetherDeclaredOrStreamed() {
    String huge = Api.submission("x".repeat(70_000)).toString();

    assertProblem(api.post(TICKETS, huge), 413, "/problems/payload-too-large");
    assertProblem(
        api.send(
            HttpRequest.newBuilder(api.uri(TICKETS))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes())))),
        413,
        "/problems/payload-too-large");
  }

  private static java.util.List<String> fields(Api.Response response) {
    assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
    return response.body().path("errors").findValuesAsString("field");
  }

  private static void assertProblem(Api.Response response, int status, String type) {
    assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo(type);
    assertThat(response.text("title")).isNotBlank();
    assertThat(response.text("detail")).isNotBlank();
    assertThat(response.body().path("status").asInt()).isEqualTo(status);
  }
}
