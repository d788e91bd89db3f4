package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.embeddedmongo.EmbeddedMongoServer;
import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When MongoDB cannot be reached, the driver's failure reaches the client as a 503 problem with
 * {@code Retry-After}, for reads and commands alike: never as a 500, which would tell the client
 * that its request was at fault or that retrying is pointless.
 */
class StoreUnavailableEndToEndTest {

  @TempDir Path dataDirectory;

  @Test
  void aStoreThatCannotBeReachedIsAnsweredWith503AndRetryAfter() {
    EmbeddedMongoServer mongo = EmbeddedMongoServer.start(dataDirectory, false);
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(FeedbackDeskApplication.class)
            .run(
                "--server.port=0",
                // the service reaches it through its connection string, like any MongoDB; give up
                // on an unreachable server after a second instead of the driver's 30
                "--feedbackdesk.mongodb.uri="
                    + mongo.connectionString()
                    + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=500",
                // the service's own keys (development issuer, pseudonyms) go here too
                "--feedbackdesk.embedded.data-dir=" + dataDirectory.resolve("service"),
                "--logging.level.org.axonframework=OFF")) {
      Api api =
          new Api(((WebServerApplicationContext) service).getWebServer().getPort())
              .as("li.na", "WAREHOUSE_LOGISTICS", "supervisor", "director");
      Api.Response submitted = api.post("/api/v1/tickets", Api.submission("包裹破损"));
      assertThat(submitted.status()).isEqualTo(201);
      String ticket = "/api/v1/tickets/" + submitted.text("number");
      // the service quiet first (the projections and the notifications done with the
      // submission): the embedded server is closed under it, not under a write in flight
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(30))
          .until(
              () -> {
                var sent = api.get(ticket + "/notifications").body();
                boolean delivered = sent.size() > 0;
                for (var message : sent) {
                  String state = message.path("state").asString();
                  delivered &= state.equals("DELIVERED") || state.equals("UNDELIVERABLE");
                }
                return delivered
                    && api.get("/api/v1/tickets?status=SUBMITTED").body().path("total").asLong()
                        == 1;
              });

      mongo.close();

      for (Api.Response answer :
          new Api.Response[] {
            api.get(ticket),
            api.get(ticket + "/history"),
            api.get("/api/v1/tickets?status=SUBMITTED"),
            api.post("/api/v1/tickets", Api.submission("第二张")),
            api.post(ticket + "/assignment", Map.of("assignee", "li.na"))
          }) {
        assertThat(answer.status()).as(answer.raw().uri().toString()).isEqualTo(503);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("/problems/storage-unavailable");
        assertThat(answer.header("Retry-After")).isEqualTo("2");
      }
    } finally {
      mongo.close();
    }
  }
}
