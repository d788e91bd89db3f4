package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import com.feedbackdesk.bootstrap.MongoConnection;
import com.feedbackdesk.domain.ticket.TicketEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two instances of the service write to the same store at the same time, to the same tickets too. A
 * tracking processor sees every event exactly once, each ticket's in order, none missed. Instance A
 * runs the embedded server; instance B reaches it by connection string, as it would a MongoDB
 * replica set.
 */
class TwoInstancesEndToEndTest {

  private static final int TICKETS = 10;
  private static final int WRITERS_PER_INSTANCE = 4;
  private static final int NOTES_PER_WRITER = 25;

  @TempDir Path dataDirectory;

  /** Records every ticket event the processor it belongs to delivers, in delivery order. */
  @ProcessingGroup("audit-recorder")
  static class Recorder {
    final List<String> delivered = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(TicketEvent event, @SequenceNumber long sequence) {
      delivered.add(event.ticketId() + "/" + sequence);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class RecorderConfiguration {
    @Bean
    Recorder recorder() {
      return new Recorder();
    }
  }

  private static ConfigurableApplicationContext start(String... arguments) {
    return new SpringApplicationBuilder(FeedbackDeskApplication.class, RecorderConfiguration.class)
        .run(arguments);
  }

  private static Api api(ConfigurableApplicationContext context) {
    return new Api(((WebServerApplicationContext) context).getWebServer().getPort())
        .as("li.na", "WAREHOUSE_LOGISTICS", "supervisor", "director");
  }

  @Test
  void aProcessorSeesEveryEventOfBothInstancesExactlyOnceAndEachTicketsInOrder() throws Exception {
    try (ConfigurableApplicationContext a =
            start(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + dataDirectory);
        ConfigurableApplicationContext b =
            start(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=" + a.getBean(MongoConnection.class).connectionString(),
                // the same keys for both (the development issuer's, the pseudonyms'): B opens no
                // embedded store there, it only keeps its keys beside A's
                "--feedbackdesk.embedded.data-dir=" + dataDirectory)) {
      List<Api> instances = List.of(api(a), api(b));
      List<String> tickets = new ArrayList<>();
      for (int i = 0; i < TICKETS; i++) {
        tickets.add(
            instances
                .get(i % 2)
                .post("/api/v1/tickets", Api.submission("两个实例 " + i))
                .text("number"));
      }

      ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_INSTANCE);
      List<Callable<Integer>> work = new ArrayList<>();
      for (int w = 0; w < 2 * WRITERS_PER_INSTANCE; w++) {
        Api instance = instances.get(w % 2);
        work.add(() -> writeNotes(instance, tickets));
      }
      int conflicts = 0;
      try {
        for (Future<Integer> done : writers.invokeAll(work)) {
          conflicts += done.get();
        }
      } finally {
        writers.shutdown();
      }

      long stored = 0;
      for (String ticket : tickets) {
        stored += instances.get(0).get("/api/v1/tickets/" + ticket + "/history").body().size();
      }
      // a submission records 6 events (with its SLA policy and three clocks); a note 1
      assertThat(stored).isEqualTo(TICKETS * 6 + 2L * WRITERS_PER_INSTANCE * NOTES_PER_WRITER);
      Recorder recorderA = a.getBean(Recorder.class);
      Recorder recorderB = b.getBean(Recorder.class);
      long expected = stored;
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> recorderA.delivered.size() + recorderB.delivered.size() >= expected);

      List<String> all = new ArrayList<>(recorderA.delivered);
      all.addAll(recorderB.delivered);
      assertThat(all).hasSize((int) stored).doesNotHaveDuplicates();
      for (Recorder recorder : List.of(recorderA, recorderB)) {
        Map<String, Long> last = new HashMap<>();
        for (String event : recorder.delivered) {
          String ticket = event.substring(0, event.indexOf('/'));
          long sequence = Long.parseLong(event.substring(event.indexOf('/') + 1));
          assertThat(sequence)
              .as("order of " + ticket)
              .isGreaterThan(last.getOrDefault(ticket, -1L));
          last.put(ticket, sequence);
        }
      }
      System.out.printf(
          "two instances: %d events, %d write conflicts retried, delivered by A %d, by B %d%n",
          stored, conflicts, recorderA.delivered.size(), recorderB.delivered.size());
    }
  }

  /** Adds notes to random tickets, retrying when the other instance wrote at the same moment. */
  private static int writeNotes(Api instance, List<String> tickets) {
    int conflicts = 0;
    for (int n = 0; n < NOTES_PER_WRITER; n++) {
      String ticket = tickets.get(ThreadLocalRandom.current().nextInt(tickets.size()));
      while (true) {
        Api.Response response =
            instance.post(
                "/api/v1/tickets/" + ticket + "/notes",
                Map.of("author", "li.na", "message", "note " + n));
        if (response.status() == 200) {
          break;
        }
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(409);
        assertThat(response.text("type")).isEqualTo("/problems/concurrent-modification");
        conflicts++;
      }
    }
    return conflicts;
  }
}
