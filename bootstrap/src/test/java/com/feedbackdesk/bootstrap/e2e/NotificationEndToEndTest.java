package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Messages leaving the service over real channels: e-mail to an SMTP server started in-process
 * (GreenMail), the in-app inbox over the API, and webhooks to a receiver over real HTTP. The
 * customer loop runs on its own clock: the result, the notice before an automatic closure, the
 * closure by timeout, the follow-up queue and the return visit that reopens the ticket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationEndToEndTest {

  @TempDir static Path dataDirectory;

  private GreenMail smtp;
  private WebhookReceiver receiver;
  private ConfigurableApplicationContext service;
  private Api anonymous;
  private Api admin;
  private Api supervisor;

  @BeforeAll
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    receiver = new WebhookReceiver("whsec-end-to-end-0123456789abcdef");
    service =
        new SpringApplicationBuilder(FeedbackDeskApplication.class)
            .run(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + dataDirectory,
                "--feedbackdesk.notifications.company=优品商城",
                "--feedbackdesk.notifications.survey-link=https://shop.example/survey/{number}",
                "--feedbackdesk.notifications.email.host=127.0.0.1",
                "--feedbackdesk.notifications.email.port=" + smtp.getSmtp().getPort(),
                "--feedbackdesk.notifications.email.from=service@shop.example",
                "--feedbackdesk.notifications.dispatch.first-retry=1s",
                "--feedbackdesk.notifications.dispatch.longest-retry=2s",
                "--feedbackdesk.notifications.webhooks.pause-after=3",
                "--feedbackdesk.notifications.staff[0].id=li.na",
                "--feedbackdesk.notifications.staff[0].name=李娜",
                "--feedbackdesk.notifications.staff[0].email=li.na@shop.example",
                "--feedbackdesk.notifications.staff[0].roles=HANDLER",
                "--feedbackdesk.notifications.staff[0].department=WAREHOUSE_LOGISTICS",
                "--feedbackdesk.notifications.staff[1].id=zhao.min",
                "--feedbackdesk.notifications.staff[1].email=zhao.min@shop.example",
                "--feedbackdesk.notifications.staff[1].language=en",
                "--feedbackdesk.notifications.staff[1].roles=DIRECTOR",
                "--feedbackdesk.closure.confirmation-timeout=16s",
                "--feedbackdesk.closure.notice-before=8s");
    anonymous = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
    admin = anonymous.as("ops", null, "admin");
    supervisor = anonymous.as("chen.jing", null, "supervisor", "agent");
  }

  @AfterAll
  void stop() {
    service.close();
    receiver.close();
    smtp.stop();
  }

  private List<MimeMessage> mailTo(String address) {
    List<MimeMessage> mails = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      try {
        if (Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
          mails.add(mail);
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }

  private MimeMessage mailWith(String address, String subjectPart) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> mailTo(address).stream().anyMatch(m -> subject(m).contains(subjectPart)));
    return mailTo(address).stream()
        .filter(m -> subject(m).contains(subjectPart))
        .findFirst()
        .orElseThrow();
  }

  /** The e-mail's text as a reader sees it: every text part, decoded. */
  static String text(MimeMessage mail) {
    try {
      return text(mail.getContent());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object content) throws Exception {
    if (content instanceof String text) {
      return text;
    }
    StringBuilder all = new StringBuilder();
    if (content instanceof jakarta.mail.Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        all.append(text(parts.getBodyPart(i).getContent())).append('\n');
      }
    }
    return all.toString();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode submission(String customerId, String email, String language) {
    ObjectNode body = Api.submission("收到的包裹外箱破损，杯子碎了。");
    ObjectNode customer = Api.json();
    customer.put("id", customerId);
    customer.put("name", "王芳");
    customer.put("email", email);
    customer.put("language", language);
    customer.put("preferredChannel", "EMAIL");
    body.set("customer", customer);
    return body;
  }

  @Test
  void theCustomerLoopFromAcknowledgementToTheReturnVisit() throws Exception {
    Api customer = anonymous.as("C30001", null, "customer");
    String number =
        customer
            .post("/api/v1/tickets", submission("C30001", "c30001@example.cn", "zh"))
            .text("number");

    // acknowledged at once, with the contact time the SLA policy promises (P2: 4 hours)
    MimeMessage acknowledgement = mailWith("c30001@example.cn", number);
    assertThat(text(acknowledgement)).contains("预计4小时内联系您").contains(number);
    assertThat(acknowledgement.getMessageID()).endsWith("@shop.example>");
    // and in the in-app inbox, the customer's own only
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                customer.get("/api/v1/customers/C30001/messages").body().path("total").asLong()
                    >= 1);
    JsonNode inbox = customer.get("/api/v1/customers/C30001/messages").body();
    assertThat(inbox.path("unread").asLong()).as(inbox.toString()).isEqualTo(1);
    JsonNode first = inbox.path("items").get(0);
    assertThat(first.path("purpose").asString()).isEqualTo("ACKNOWLEDGEMENT");
    Api.Response read =
        customer.post(
            "/api/v1/customers/C30001/messages/" + first.path("id").asString() + "/read", "");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("readAt").isNull()).isFalse();
    assertThat(
            anonymous
                .as("C30002", null, "customer")
                .get("/api/v1/customers/C30001/messages")
                .status())
        .isEqualTo(403);

    // assigned: the handler hears of it
    String ticket = "/api/v1/tickets/" + number;
    assertThat(
            supervisor
                .post(
                    ticket + "/assignment",
                    Map.of("department", "WAREHOUSE_LOGISTICS", "assignee", "li.na"))
                .status())
        .isEqualTo(200);
    mailWith("li.na@shop.example", number);
    Api handler = anonymous.as("li.na", "WAREHOUSE_LOGISTICS", "handler");
    assertThat(
            handler
                .post(ticket + "/acceptance", Map.of("assignee", "li.na", "plan", "已联系物流方核实"))
                .status())
        .isEqualTo(200);
    assertThat(handler.post(ticket + "/replies", Map.of("message", "您好，我们已联系快递核实。")).status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mailTo("c30001@example.cn").stream().anyMatch(m -> text(m).contains("我们已联系快递核实")));

    // resolved: the result message, with responsibility, improvements and the survey
    Api.Response resolved =
        handler.post(
            ticket + "/resolution",
            Map.of(
                "resolutionType", "RESEND",
                "summary", "补发新杯子，运费由我方承担",
                "responsibility", "承运方运输挤压，我方包装不足",
                "improvements", "易碎品改用加厚包装"));
    assertThat(resolved.status()).isEqualTo(200);
    assertThat(resolved.body().path("resolution").path("closesUnconfirmedAt").isNull()).isFalse();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mailTo("c30001@example.cn").stream().anyMatch(m -> text(m).contains("易碎品改用加厚包装")));
    String result =
        mailTo("c30001@example.cn").stream()
            .map(NotificationEndToEndTest::text)
            .filter(b -> b.contains("易碎品改用加厚包装"))
            .findFirst()
            .orElseThrow();
    assertThat(result).contains("补发新杯子").contains("https://shop.example/survey/" + number);

    // the customer stays silent: told before, then closed by timeout, never as satisfied
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> "CLOSED".equals(supervisor.get(ticket).text("status")));
    JsonNode closed = supervisor.get(ticket).body();
    assertThat(closed.path("closureReason").asString()).isEqualTo("CONFIRMATION_TIMEOUT");
    assertThat(closed.path("confirmation").isNull()).isTrue();
    JsonNode notifications = supervisor.get(ticket + "/notifications").body();
    List<String> purposes = new ArrayList<>();
    notifications.forEach(m -> purposes.add(m.path("purpose").asString()));
    assertThat(purposes)
        .contains("ACKNOWLEDGEMENT", "STAFF_ASSIGNED", "REPLY", "RESULT", "CONFIRMATION_REQUEST");
    notifications.forEach(
        m -> {
          if (m.path("purpose").asString().equals("RESULT")
              && m.path("channel").asString().equals("EMAIL")) {
            assertThat(m.path("template").asString()).isEqualTo("result@1/zh");
          }
        });

    // the follow-up queue has its return visit; a customer no longer satisfied reopens it
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> contains(supervisor.get("/api/v1/follow-ups?size=100").body(), number));
    Api.Response visited =
        supervisor.post(
            ticket + "/return-visits",
            Map.of("reached", true, "channel", "PHONE", "stillSatisfied", false, "note", "杯子又裂了"));
    assertThat(visited.status()).as(visited.body().toString()).isEqualTo(200);
    assertThat(visited.text("status")).isEqualTo("IN_PROGRESS");
    assertThat(visited.text("escalationLevel")).isEqualTo("DIRECTOR");
    assertThat(visited.body().path("returnVisit").path("stillSatisfied").asBoolean()).isFalse();
    // the director hears of it, in their language
    mailWith("zhao.min@shop.example", number);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !contains(supervisor.get("/api/v1/follow-ups?size=100").body(), number));
    Api.Response twice =
        supervisor.post(ticket + "/return-visits", Map.of("reached", false, "channel", "SMS"));
    assertThat(twice.status()).isEqualTo(409);
  }

  private static boolean contains(JsonNode page, String number) {
    for (JsonNode item : page.path("items")) {
      if (item.path("number").asString().equals(number)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aFailingSubscriberIsRetriedThenPausedAndNeverHoldsUpTheOther() {
    Api.Response ok =
        admin.post(
            "/api/v1/webhooks",
            Map.of(
                "url", receiver.url("/ok"),
                "eventTypes", List.of("TicketSubmitted", "TicketAssigned"),
                "secret", receiver.secret(),
                "description", "CRM"));
    assertThat(ok.status()).as(ok.body().toString()).isEqualTo(201);
    assertThat(ok.body().has("secret")).isFalse();
    Api.Response failing =
        admin.post(
            "/api/v1/webhooks",
            Map.of(
                "url", receiver.url("/fail"),
                "eventTypes", List.of("*"),
                "secret", "another-secret-0123456789abcdef"));
    String failingId = failing.text("id");

    Api customer = anonymous.as("C30003", null, "customer");
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(
          customer
              .post("/api/v1/tickets", submission("C30003", "c30003@example.cn", "en"))
              .text("number"));
    }

    // the healthy subscriber gets every submission, signed, while the other fails
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                receiver.received.stream()
                        .filter(d -> d.event().equals("TicketSubmitted"))
                        .map(d -> d.body().path("ticketId").asString())
                        .distinct()
                        .count()
                    >= 3);
    assertThat(receiver.received).allMatch(WebhookReceiver.Delivery::signed);
    assertThat(
            receiver
                    .received
                    .get(0)
                    .body()
                    .path("data")
                    .path("customer")
                    .path("email")
                    .isMissingNode()
                || receiver
                    .received
                    .get(0)
                    .body()
                    .path("data")
                    .path("customer")
                    .path("email")
                    .isNull())
        .as("personal data is pseudonymized unless allowed")
        .isTrue();
    // the failing one is paused after three failures in a row, with the reason
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "PAUSED".equals(admin.get("/api/v1/webhooks/" + failingId).text("status")));
    JsonNode paused = admin.get("/api/v1/webhooks/" + failingId).body();
    // at least three: a delivery another worker had under way may fail before the pause is written
    assertThat(paused.path("pauseReason").asString())
        .matches("[3-6] deliveries failed in a row; the last: HTTP 500.*");
    // three failed in a row; deliveries other workers had under way at that moment fail too
    assertThat(receiver.failedAt.size()).isBetween(3, 3 + 3);
    JsonNode deliveries = admin.get("/api/v1/webhooks/" + failingId + "/deliveries").body();
    assertThat(deliveries.size()).isPositive();
    int attempts = 0;
    for (JsonNode delivery : deliveries) {
      assertThat(delivery.path("state").asString()).isEqualTo("HELD");
      for (JsonNode attempt : delivery.path("attempts")) {
        assertThat(attempt.path("status").asInt()).isEqualTo(500);
        attempts++;
      }
    }
    assertThat(attempts).isEqualTo(receiver.failedAt.size());
    // resumed, it is tried again at once
    assertThat(admin.post("/api/v1/webhooks/" + failingId + "/resumption", "").text("status"))
        .isEqualTo("ACTIVE");
    int before = receiver.failedAt.size();
    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.failedAt.size() > before);
    // only admins manage subscribers
    assertThat(supervisor.get("/api/v1/webhooks").status()).isEqualTo(403);
  }
}
