package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SubmissionEndToEndTest extends EndToEndTest {

  @Test
  void twoHundredConcurrentSubmissionsGetTwoHundredDistinctNumbers() throws Exception {
    int submissions = 200;
    Set<String> numbers = ConcurrentHashMap.newKeySet();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < submissions; i++) {
        String description = "并发提交 " + i + " 包裹破损";
        calls.add(
            () -> {
              Api.Response response = api.post("/api/v1/tickets", Api.submission(description));
              numbers.add(response.text("number"));
              return response.status();
            });
      }
      for (Future<Integer> status : clients.invokeAll(calls)) {
        assertThat(status.get()).isEqualTo(201);
      }
    } finally {
      clients.shutdown();
    }

    assertThat(numbers).hasSize(submissions).allMatch(n -> n.matches("FW\\d{8}\\d{3,}"));
    for (String number : numbers) {
      assertThat(api.get("/api/v1/tickets/" + number).text("number")).isEqualTo(number);
    }
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyYieldsTheSameTicketAndADifferentBodyIsRefused() {
    String key = "submission-" + System.nanoTime();
    ObjectNode body = Api.submission("重复提交测试：包裹破损");

    Api.Response first = api.post("/api/v1/tickets", body, "Idempotency-Key", key);
    Api.Response retry = api.post("/api/v1/tickets", body, "Idempotency-Key", key);
    Api.Response misuse =
        api.post("/api/v1/tickets", Api.submission("另一件事"), "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    // the same ticket; its clocks' elapsed time is read when each answer is made
    assertThat(withoutClocks(retry.body())).isEqualTo(withoutClocks(first.body()));
    assertThat(misuse.status()).isEqualTo(422);
    assertThat(misuse.text("type")).isEqualTo("/problems/idempotency-key-reused");
    assertThat(api.post("/api/v1/tickets", body, "Idempotency-Key", "has spaces in it").status())
        .isEqualTo(400);
  }

  @Test
  void theActorIsTheCallerOfTheTokenNeverAHeader() {
    ObjectNode byPhone = Api.submission("电话投诉：包裹破损");
    byPhone.put("channel", "PHONE");

    String app =
        customer
            .post("/api/v1/tickets", Api.submission("App 提交：包裹破损"), "X-Actor", "agent:boss")
            .text("number");
    String phone = api.post("/api/v1/tickets", byPhone).text("number");

    assertThat(api.get(path(app, "history")).body().get(0).path("actor").toString())
        .isEqualTo("{\"kind\":\"CUSTOMER\",\"id\":\"C10086\"}");
    assertThat(api.get(path(phone, "history")).body().get(0).path("actor").toString())
        .isEqualTo("{\"kind\":\"AGENT\",\"id\":\"li.na\"}");
  }

  private static JsonNode withoutClocks(JsonNode ticket) {
    ObjectNode copy = (ObjectNode) ticket.deepCopy();
    copy.remove("slaClocks");
    return copy;
  }
}
