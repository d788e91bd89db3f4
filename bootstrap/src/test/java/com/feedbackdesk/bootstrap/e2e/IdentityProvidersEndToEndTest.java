package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service trusting two identity providers at once, as configured in production: the company's
 * staff IdP (Keycloak-style realm roles with a prefix, an audience) and a shop's customer IdP.
 * Their key sets are served over real HTTP; tokens are signed here with their keys. With issuers
 * configured, the development issuer is off. And a caller beyond the submission rate limit gets a
 * 429 with Retry-After while others go on.
 */
class IdentityProvidersEndToEndTest {

  private static final String STAFF_ISSUER = "https://id.example.test/realms/staff";
  private static final String SHOP_ISSUER = "https://login.shop.example.test";

  @TempDir static Path dataDirectory;

  private static RSAKey staffKey;
  private static RSAKey shopKey;
  private static HttpServer keys;
  private static ConfigurableApplicationContext service;
  private static Api anonymous;

  @BeforeAll
  static void start() throws Exception {
    staffKey = new RSAKeyGenerator(2048).keyID("staff-1").generate();
    shopKey = new RSAKeyGenerator(2048).keyID("shop-1").generate();
    keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve("/staff/certs", staffKey);
    serve("/shop/jwks.json", shopKey);
    keys.start();
    String base = "http://127.0.0.1:" + keys.getAddress().getPort();
    service =
        new SpringApplicationBuilder(FeedbackDeskApplication.class)
            .run(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + dataDirectory,
                "--feedbackdesk.security.issuers[0].issuer=" + STAFF_ISSUER,
                "--feedbackdesk.security.issuers[0].jwk-set-uri=" + base + "/staff/certs",
                "--feedbackdesk.security.issuers[0].audience=feedbackdesk",
                "--feedbackdesk.security.issuers[0].kind=STAFF",
                "--feedbackdesk.security.issuers[0].roles-claim=realm_access.roles",
                "--feedbackdesk.security.issuers[0].role-prefix=feedbackdesk-",
                "--feedbackdesk.security.issuers[1].issuer=" + SHOP_ISSUER,
                "--feedbackdesk.security.issuers[1].jwk-set-uri=" + base + "/shop/jwks.json",
                "--feedbackdesk.security.issuers[1].kind=CUSTOMER",
                "--feedbackdesk.security.issuers[1].customer-id-claim=customer_id",
                "--feedbackdesk.security.submissions.capacity=3",
                "--feedbackdesk.security.submissions.refill-period=1h");
    anonymous = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
  }

  @AfterAll
  static void stop() {
    service.close();
    keys.stop(0);
  }

  private static void serve(String path, RSAKey key) {
    byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    keys.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
  }

  private static String token(RSAKey key, String issuer, Map<String, Object> claims)
      throws JOSEException {
    JWTClaimsSet.Builder set =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 600_000));
    claims.forEach(set::claim);
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set.build());
    token.sign(new RSASSASigner(key));
    return token.serialize();
  }

  private static Api supervisor() throws JOSEException {
    return anonymous.withToken(
        token(
            staffKey,
            STAFF_ISSUER,
            Map.of(
                "sub",
                "f3a1-uuid-of-chen",
                "aud",
                List.of("feedbackdesk", "account"),
                "preferred_username",
                "chen.jing",
                "realm_access",
                Map.of("roles", List.of("offline_access", "feedbackdesk-supervisor")))));
  }

  private static Api shopCustomer(String id) throws JOSEException {
    return anonymous.withToken(
        token(shopKey, SHOP_ISSUER, Map.of("sub", "account-" + id, "customer_id", id)));
  }

  @Test
  void staffAndCustomerTokensOfTheirOwnIssuersWorkSideBySide() throws Exception {
    Api.Response submitted = shopCustomer("C10086").post("/api/v1/tickets", Api.submission("包裹破损"));
    String number = submitted.text("number");
    Api.Response assigned =
        supervisor().post("/api/v1/tickets/" + number + "/assignment", Map.of("assignee", "li.na"));
    Api.Response history = supervisor().get("/api/v1/tickets/" + number + "/history");

    assertThat(submitted.status()).isEqualTo(201);
    assertThat(assigned.status()).isEqualTo(200);
    assertThat(history.body().get(0).path("actor").toString())
        .isEqualTo("{\"kind\":\"CUSTOMER\",\"id\":\"C10086\"}");
    JsonNode assignment = null;
    for (JsonNode entry : history.body()) {
      if (entry.path("type").asString().equals("TicketAssigned")) {
        assignment = entry;
      }
    }
    assertThat(assignment).isNotNull();
    assertThat(assignment.path("actor").toString())
        .isEqualTo("{\"kind\":\"AGENT\",\"id\":\"chen.jing\"}");
  }

  @Test
  void tokensTheIssuersSettingsDoNotAcceptAreRefused() throws Exception {
    String withoutAudience =
        token(
            staffKey,
            STAFF_ISSUER,
            Map.of(
                "sub", "x",
                "preferred_username", "chen.jing",
                "realm_access", Map.of("roles", List.of("feedbackdesk-supervisor"))));
    String ofAnotherIssuer =
        token(staffKey, "https://evil.example.test", Map.of("sub", "x", "customer_id", "C1"));
    String shopTokenForTheStaffIssuer =
        token(shopKey, STAFF_ISSUER, Map.of("sub", "x", "aud", List.of("feedbackdesk")));
    String noRoleOfTheService =
        token(
            staffKey,
            STAFF_ISSUER,
            Map.of(
                "sub",
                "x",
                "aud",
                List.of("feedbackdesk"),
                "preferred_username",
                "someone",
                "realm_access",
                Map.of("roles", List.of("offline_access"))));

    SignedJWT neverExpires =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(staffKey.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(STAFF_ISSUER)
                .subject("x")
                .audience("feedbackdesk")
                .claim("preferred_username", "chen.jing")
                .claim("realm_access", Map.of("roles", List.of("feedbackdesk-supervisor")))
                .build());
    neverExpires.sign(new RSASSASigner(staffKey));

    for (String token :
        List.of(
            withoutAudience,
            ofAnotherIssuer,
            shopTokenForTheStaffIssuer,
            noRoleOfTheService,
            neverExpires.serialize())) {
      Api.Response answer = anonymous.withToken(token).get("/api/v1/tickets");
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.text("type")).isEqualTo("/problems/authentication-required");
    }
  }

  @Test
  void theDevelopmentIssuerIsOffWhenIssuersAreConfigured() {
    Api.Response mint = anonymous.post("/dev/tokens?role=director&subject=me", "");
    Api.Response jwks = anonymous.get("/dev/jwks.json");

    assertThat(mint.status()).isEqualTo(404);
    assertThat(jwks.status()).isEqualTo(404);
  }

  /** A submission that leaves the customer id to the token. */
  private static tools.jackson.databind.node.ObjectNode mine(String description) {
    tools.jackson.databind.node.ObjectNode body = Api.submission(description);
    ((tools.jackson.databind.node.ObjectNode) body.get("customer")).remove("id");
    return body;
  }

  @Test
  void aCallerBeyondTheSubmissionRateLimitIsToldWhenToComeBackAndOthersGoOn() throws Exception {
    Api hasty = shopCustomer("C30000");
    for (int i = 0; i < 3; i++) {
      assertThat(hasty.post("/api/v1/tickets", mine("第" + i + "次")).status()).isEqualTo(201);
    }

    // an encoded path reaches the same endpoint, and counts the same
    Api.Response fourth = hasty.post("/api/v1/%74ickets", mine("又一次"));

    assertThat(fourth.status()).isEqualTo(429);
    assertThat(fourth.text("type")).isEqualTo("/problems/too-many-requests");
    assertThat(Long.parseLong(fourth.header("Retry-After"))).isPositive();
    assertThat(shopCustomer("C30001").post("/api/v1/tickets", mine("我的")).status()).isEqualTo(201);
  }
}
