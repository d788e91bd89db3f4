package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A ticket outlives the process that created it, and work on it continues after a restart. */
class RestartEndToEndTest {

  @TempDir Path dataDirectory;

  /** Command-line arguments, because they outrank application.yml (builder properties do not). */
  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(FeedbackDeskApplication.class)
        .run(
            "--server.port=0",
            "--feedbackdesk.mongodb.uri=",
            "--feedbackdesk.embedded.data-dir=" + dataDirectory.toString());
  }

  private static Api api(ConfigurableApplicationContext context) {
    return new Api(((WebServerApplicationContext) context).getWebServer().getPort())
        .as("li.na", "WAREHOUSE_LOGISTICS", "supervisor", "director");
  }

  @Test
  void aTicketSurvivesARestartOnTheSameDataDirectoryAndTheNextCommandOnItSucceeds() {
    String number;
    try (ConfigurableApplicationContext first = start()) {
      Api api = api(first);
      number = api.post("/api/v1/tickets", Api.submission("包裹破损")).text("number");
      assertThat(dataDirectory.resolve("feedbackdesk.mv.db")).as("the test's own data").exists();
      assertThat(
              api.post("/api/v1/tickets/" + number + "/assignment", Map.of("assignee", "li.na"))
                  .status())
          .isEqualTo(200);
    }

    try (ConfigurableApplicationContext second = start()) {
      Api api = api(second);
      Api.Response before = api.get("/api/v1/tickets/" + number);
      Api.Response accepted =
          api.post(
              "/api/v1/tickets/" + number + "/acceptance",
              Map.of("assignee", "li.na", "plan", "继续处理"));
      String next = api.post("/api/v1/tickets", Api.submission("第二张")).text("number");

      assertThat(before.status()).isEqualTo(200);
      assertThat(before.text("status")).isEqualTo("ASSIGNED");
      assertThat(accepted.status()).isEqualTo(200);
      assertThat(accepted.text("status")).isEqualTo("IN_PROGRESS");
      // submission 6 events (its SLA policy, three clocks), assignment 3, acceptance 2
      assertThat(accepted.body().path("version").asLong()).isEqualTo(10);
      assertThat(api.get("/api/v1/tickets/" + number + "/history").body().size()).isEqualTo(11);
      assertThat(next).as("numbers are never reused").isNotEqualTo(number);
      assertThat(Long.parseLong(next.substring(10)))
          .isGreaterThan(Long.parseLong(number.substring(10)));
    }
  }
}
