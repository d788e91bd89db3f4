package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Nothing recorded is lost to a crash: the service runs as a process of its own, records the
 * acknowledgement to the customer in its outbox, and is killed (SIGKILL) before it sends it; once
 * started again it delivers the e-mail, exactly once.
 */
class NotificationCrashEndToEndTest {

  @TempDir Path dataDirectory;

  private GreenMail smtp;
  private Process service;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (service != null && service.isAlive()) {
      service.destroy();
      service.waitFor();
    }
    smtp.stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The service in a JVM of its own, on this test's classpath. */
  private Process launch(int port, boolean delivering, String log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.feedbackdesk.bootstrap.FeedbackDeskApplication");
    command.add("--server.port=" + port);
    command.add("--feedbackdesk.mongodb.uri=");
    command.add("--feedbackdesk.embedded.data-dir=" + dataDirectory.resolve("data"));
    command.add("--feedbackdesk.notifications.email.host=127.0.0.1");
    command.add("--feedbackdesk.notifications.email.port=" + smtp.getSmtp().getPort());
    command.add("--feedbackdesk.notifications.email.from=service@shop.example");
    command.add("--feedbackdesk.notifications.dispatch.enabled=" + delivering);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dataDirectory.resolve(log).toFile())
        .start();
  }

  private static Api awaitUp(int port) {
    Api api = new Api(port);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> api.get("/v3/api-docs").status() == 200);
    return api;
  }

  private List<MimeMessage> mailTo(String address) throws Exception {
    List<MimeMessage> mails = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      if (Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
        mails.add(mail);
      }
    }
    return mails;
  }

  private static JsonNode acknowledgementByEmail(Api staff, String number) {
    for (JsonNode message : staff.get("/api/v1/tickets/" + number + "/notifications").body()) {
      if (message.path("purpose").asString().equals("ACKNOWLEDGEMENT")
          && message.path("channel").asString().equals("EMAIL")) {
        return message;
      }
    }
    return null;
  }

  @Test
  void aMessageRecordedBeforeAKillIsDeliveredOnceAfterTheRestart() throws Exception {
    int port = freePort();
    service = launch(port, false, "first.log");
    Api anonymous = awaitUp(port);
    Api customer = anonymous.as("C40001", null, "customer");
    var body = Api.submission("快递三天没动了，订单一直显示运输中。");
    var who = Api.json();
    who.put("id", "C40001");
    who.put("email", "c40001@example.cn");
    who.put("preferredChannel", "EMAIL");
    body.set("customer", who);
    String number = customer.post("/api/v1/tickets", body).text("number");
    Api staff = anonymous.as("chen.jing", null, "supervisor");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> acknowledgementByEmail(staff, number) != null);
    assertThat(acknowledgementByEmail(staff, number).path("state").asString()).isEqualTo("PENDING");

    service.destroyForcibly().waitFor();
    assertThat(mailTo("c40001@example.cn")).as("nothing was sent before the kill").isEmpty();

    service = launch(port, true, "second.log");
    Api after = awaitUp(port);
    await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("c40001@example.cn").size() >= 1);
    Thread.sleep(3000); // time enough for a second copy, were there one
    List<MimeMessage> received = mailTo("c40001@example.cn");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject()).contains(number);
    JsonNode delivered = acknowledgementByEmail(after.as("chen.jing", null, "supervisor"), number);
    assertThat(delivered.path("state").asString()).isEqualTo("DELIVERED");
    assertThat(delivered.path("attempts").size()).isEqualTo(1);
  }
}
