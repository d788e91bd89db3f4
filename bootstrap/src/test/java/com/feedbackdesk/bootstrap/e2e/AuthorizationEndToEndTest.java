package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Broken object-level authorization (OWASP API1), operation by operation: every operation the
 * OpenAPI document lists on a ticket, with another customer's token, is refused and changes
 * nothing: a 404 where a customer may run it (the ticket does not exist for them), a 403 where no
 * customer may. A new operation cannot be forgotten: the list comes from the document, and an
 * operation without a body to try here fails the test. Then what a token must be to count.
 */
class AuthorizationEndToEndTest extends EndToEndTest {

  /** A body each ticket operation accepts, by the last segment of its path. */
  private static final Map<String, Object> BODIES =
      Map.ofEntries(
          Map.entry("{ref}", ""),
          Map.entry("history", ""),
          Map.entry("classification", Map.of("priority", "P1")),
          Map.entry("assignment", Map.of("assignee", "li.na")),
          Map.entry("acceptance", Map.of("assignee", "li.na", "plan", "x")),
          Map.entry("replies", Map.of("message", "您好")),
          Map.entry("notes", Map.of("message", "note")),
          Map.entry("information-requests", Map.of("message", "请提供照片")),
          Map.entry("customer-replies", Map.of("message", "照片已上传")),
          Map.entry("resolution", Map.of("resolutionType", "REFUND", "summary", "退款")),
          Map.entry("confirmation", Map.of("resolved", true, "satisfaction", "SATISFIED")),
          Map.entry("reopening", Map.of("reason", "again")),
          Map.entry("escalations", Map.of("reason", "too slow")),
          Map.entry(
              "sla-extensions",
              Map.of("clock", "RESOLUTION", "target", "30d", "reason", "complex case")),
          Map.entry(
              "return-visits", Map.of("reached", true, "channel", "PHONE", "stillSatisfied", true)),
          Map.entry("notifications", ""),
          Map.entry("classification-reviews", Map.of("month", "2026-11", "correct", true)));

  /** What a customer may run on their own tickets; on another's these answer 404. */
  private static final List<String> CUSTOMERS_OPERATIONS =
      List.of(
          "GET /api/v1/tickets/{ref}",
          "GET /api/v1/tickets/{ref}/history",
          "POST /api/v1/tickets/{ref}/customer-replies",
          "POST /api/v1/tickets/{ref}/confirmation");

  @Test
  void anotherCustomersTokenIsRefusedOnEveryOperationOnATicketAndChangesNothing() {
    String number = customer.post("/api/v1/tickets", Api.submission("包裹破损")).text("number");
    Api intruder = anonymous.as("C20000", null, "customer");
    long version = api.get(path(number, "")).body().path("version").asLong();

    List<String> tried = new ArrayList<>();
    api.get("/v3/api-docs")
        .body()
        .path("paths")
        .properties()
        .forEach(
            path -> {
              if (!path.getKey().startsWith("/api/v1/tickets/{ref}")) {
                return;
              }
              path.getValue()
                  .properties()
                  .forEach(
                      method -> {
                        String operation =
                            method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                        String last = path.getKey().substring(path.getKey().lastIndexOf('/') + 1);
                        assertThat(BODIES).as("a body to try %s with", operation).containsKey(last);
                        String target = path.getKey().replace("{ref}", number);
                        Api.Response answer =
                            method.getKey().equals("get")
                                ? intruder.get(target)
                                : intruder.post(target, BODIES.get(last));
                        int expected = CUSTOMERS_OPERATIONS.contains(operation) ? 404 : 403;
                        assertThat(answer.status()).as(operation).isEqualTo(expected);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                        assertThat(answer.raw().body()).doesNotContain("包裹破损", "王芳");
                        tried.add(operation);
                      });
            });

    assertThat(tried).hasSizeGreaterThanOrEqualTo(13).containsAll(CUSTOMERS_OPERATIONS);
    assertThat(api.get(path(number, "")).body().path("version").asLong())
        .as("nothing changed")
        .isEqualTo(version);
    assertThat(intruder.get("/api/v1/tickets?customerId=C10086").status()).isEqualTo(403);
    assertThat(intruder.get("/api/v1/tickets").body().path("items").toString())
        .doesNotContain(number);
  }

  @Test
  void aCustomerActsOnTheirOwnTicketButNeverAsStaff() {
    String number = customer.post("/api/v1/tickets", Api.submission("包裹破损")).text("number");

    Api.Response own = customer.get(path(number, ""));
    Api.Response classify = customer.post(path(number, "classification"), Map.of("priority", "P1"));

    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body().path("assignee").isNull()).isTrue();
    assertThat(classify.status()).isEqualTo(403);
    assertThat(classify.text("type")).isEqualTo("/problems/operation-not-permitted");
    assertThat(classify.text("operation")).isEqualTo("CLASSIFY");
  }

  @Test
  void aHandlerOfAnotherDepartmentIsRefused() {
    String number = submit("包裹破损");
    api.post(path(number, "assignment"), Map.of("assignee", "li.na"));
    Api technical = anonymous.as("wang.qiang", "TECHNICAL", "handler");

    Api.Response answer = technical.post(path(number, "notes"), Map.of("message", "not mine"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(handler.post(path(number, "notes"), Map.of("message", "mine")).status())
        .isEqualTo(200);
  }

  @Test
  void withoutAValidTokenEveryOperationIs401WithABearerChallenge() throws Exception {
    String number = submit("包裹破损");
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer("urn:feedbackdesk:development-issuer")
                .subject("li.na")
                .claim("roles", List.of("director"))
                .claim("preferred_username", "li.na")
                .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .build());
    forged.sign(new RSASSASigner(stranger));

    for (Api caller :
        List.of(
            anonymous,
            anonymous.withToken("not-a-jwt"),
            anonymous.withToken(forged.serialize()),
            anonymous.withToken(api.token() + "x"))) {
      for (Api.Response answer :
          List.of(
              caller.get(path(number, "")),
              caller.get("/api/v1/tickets"),
              caller.post("/api/v1/tickets", Api.submission("x")),
              caller.post(path(number, "notes"), Map.of("message", "x")))) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.text("type")).isEqualTo("/problems/authentication-required");
      }
    }
  }

  @Test
  void aTokenThatNamesNoRoleOfTheServiceIsRefused() {
    Api.Response minted =
        anonymous.send(
            HttpRequest.newBuilder(anonymous.uri("/dev/tokens?subject=x&role=pilot"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    Api handlerWithoutDepartment = anonymous.as("li.na", null, "handler");

    assertThat(minted.status()).isEqualTo(400);
    assertThat(handlerWithoutDepartment.get("/api/v1/tickets").status()).isEqualTo(401);
  }

  @Test
  void theDevelopmentIssuerPublishesItsKeys() {
    JsonNode keys = anonymous.get("/dev/jwks.json").body().path("keys");

    assertThat(keys.size()).isEqualTo(1);
    assertThat(keys.get(0).path("kty").asString()).isEqualTo("RSA");
    assertThat(keys.get(0).has("d")).as("no private part").isFalse();
  }
}
