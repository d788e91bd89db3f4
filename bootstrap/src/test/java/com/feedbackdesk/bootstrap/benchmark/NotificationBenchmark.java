package com.feedbackdesk.bootstrap.benchmark;

import static com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.out.eventstore.BenchmarkRuns;
import com.feedbackdesk.bootstrap.e2e.Api;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.SubmitTicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoDatabase;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast messages leave through the outbox: N customers (2,000 by default) submit a ticket each,
 * which records three messages per ticket (the acknowledgement to the in-app inbox and by e-mail to
 * an SMTP server in-process, and a webhook delivery to an HTTP receiver). Prints the submission
 * rate, how long until every e-mail arrived, the delivery rate, and the lag from registration to
 * the message being recorded and to it being delivered (median, p99), read from the outbox.
 *
 * <p>Not part of the default build: {@code ./mvnw -Pbenchmark -pl bootstrap -am test
 * -Dtest=NotificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; {@code
 * -Dbenchmark.tickets=N} chooses the number, {@code -Dbenchmark.deliver=false} records without
 * delivering.
 */
class NotificationBenchmark {

  private static final int TICKETS = Integer.getInteger("benchmark.tickets", 2_000);

  /** false: record only (no dispatcher), to tell the recording's cost from the delivery's. */
  private static final boolean DELIVER =
      Boolean.parseBoolean(System.getProperty("benchmark.deliver", "true"));

  private static final AtomicLong SERIALS = new AtomicLong();

  @TempDir Path data;

  @Test
  void acknowledgementsThroughTheOutbox() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    AtomicInteger hooks = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          hooks.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try (ConfigurableApplicationContext service =
        GeneratedStore.service(
            data,
            "--feedbackdesk.notifications.email.host=127.0.0.1",
            "--feedbackdesk.notifications.email.port=" + smtp.getSmtp().getPort(),
            "--feedbackdesk.notifications.email.from=service@shop.example",
            "--feedbackdesk.notifications.dispatch.enabled=" + DELIVER,
            "--logging.level.root=WARN")) {
      Api admin =
          new Api(((WebServerApplicationContext) service).getWebServer().getPort())
              .as("admin.one", null, "admin");
      assertThat(
              admin
                  .post(
                      "/api/v1/webhooks",
                      Map.of(
                          "url",
                          "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                          "eventTypes",
                          List.of("TicketSubmitted"),
                          "secret",
                          "benchmark-secret-0123456789abcdef"))
                  .status())
          .isEqualTo(201);
      CommandGateway gateway = service.getBean(CommandGateway.class);
      MongoDatabase database = service.getBean(MongoDatabase.class);

      IntFunction<Callable<Integer>> submit = i -> () -> submit(gateway, i);
      Instant start = Instant.now();
      double submissionRate = BenchmarkRuns.run(8, TICKETS, submit, 0);
      Instant submitted = Instant.now();
      Instant giveUp = submitted.plus(Duration.ofHours(1));
      while (Instant.now().isBefore(giveUp)
          && (DELIVER
              ? smtp.getReceivedMessages().length < TICKETS || hooks.get() < TICKETS
              : database.getCollection("notification_outbox").countDocuments() < 3L * TICKETS)) {
        Thread.sleep(1_000);
      }
      Instant mailed = Instant.now();
      List<Double> recording = new ArrayList<>();
      List<Double> delivery = new ArrayList<>();
      lags(database, recording, delivery);

      double[] recorded = sorted(recording);
      double[] delivered = sorted(delivery);
      long messages = database.getCollection("notification_outbox").countDocuments();
      double seconds = Duration.between(start, mailed).toMillis() / 1000.0;
      System.out.printf(
          "%nNotifications: %d tickets submitted by 8 clients, 3 messages each (inbox, e-mail to"
              + " GreenMail, webhook), %s, embedded server%n"
              + "   submission: %.1f tickets/s (%d s)%n"
              + "   all %d e-mails and %d webhooks delivered %.1f s after the first submission:"
              + " %.1f messages/s%n"
              + "   registration → recorded in the outbox: median %.2f s, p99 %.2f s%n"
              + "   registration → e-mail accepted by the SMTP server: median %.2f s, p99 %.2f s,"
              + " max %.2f s%n"
              + "   outbox: %d messages; store %.1f MB%n",
          TICKETS,
          DELIVER ? "4 dispatch workers" : "recorded only, no dispatcher",
          submissionRate,
          Duration.between(start, submitted).toSeconds(),
          smtp.getReceivedMessages().length,
          hooks.get(),
          seconds,
          messages / seconds,
          percentile(recorded, 50),
          percentile(recorded, 99),
          percentile(delivered, 50),
          percentile(delivered, 99),
          delivered.length == 0 ? Double.NaN : delivered[delivered.length - 1],
          messages,
          Files.size(data.resolve("feedbackdesk.mv.db")) / 1e6);
      assertThat(messages).isEqualTo(3L * TICKETS);
      if (DELIVER) {
        assertThat(smtp.getReceivedMessages()).hasSize(TICKETS);
        assertThat(hooks.get()).isEqualTo(TICKETS);
      }
    } finally {
      receiver.stop(0);
      smtp.stop();
    }
  }

  private static int submit(CommandGateway gateway, long serial) {
    Instant now = Instant.now();
    String customer = "B" + serial;
    gateway.sendAndWait(
        new SubmitTicketCommand(
            new TicketId(UUID.randomUUID()),
            TicketNumber.of(LocalDate.of(2024, 6, 1), SERIALS.incrementAndGet()),
            Channel.APP,
            new Customer(
                customer,
                "客户" + serial,
                null,
                customer + "@example.cn",
                "zh",
                ContactChannel.EMAIL),
            "SO-" + serial,
            null,
            "Shanghai",
            "基准测试 " + serial + "：包裹破损",
            now,
            null,
            null,
            null,
            Actor.customer(customer),
            now));
    return 0;
  }

  /** From each ticket's registration to its e-mail's recording and delivery, in seconds. */
  private static void lags(MongoDatabase database, List<Double> recorded, List<Double> delivered) {
    Map<String, Instant> registered = new HashMap<>();
    for (Document ticket : database.getCollection("ticket_queue").find()) {
      registered.put(ticket.getString("_id"), ticket.getDate("submittedAt").toInstant());
    }
    for (Document message :
        database
            .getCollection("notification_outbox")
            .find(new Document("channel", "EMAIL").append("purpose", "ACKNOWLEDGEMENT"))) {
      Instant at = registered.get(message.getString("ticketId"));
      if (at == null) {
        continue;
      }
      recorded.add(Duration.between(at, message.getDate("createdAt").toInstant()).toMillis() / 1e3);
      if (message.getDate("deliveredAt") == null) {
        continue;
      }
      delivered.add(
          Duration.between(at, message.getDate("deliveredAt").toInstant()).toMillis() / 1e3);
    }
  }

  private static double[] sorted(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }
}
