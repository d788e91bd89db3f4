package com.feedbackdesk.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import com.feedbackdesk.bootstrap.e2e.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tickets submitted per second over HTTP against the embedded store, with one client and with eight
 * concurrent clients. Prints figures; asserts only that every submission succeeded.
 *
 * <p>Not part of the default build: {@code ./mvnw -Pbenchmark -pl bootstrap -am test}. Sizes:
 * {@code -Dbenchmark.submissions=2000}.
 */
class SubmissionThroughputBenchmark {

  private static final int SUBMISSIONS = Integer.getInteger("benchmark.submissions", 2000);
  private static final int WARM_UP = Math.min(500, SUBMISSIONS / 2);

  @Test
  void submissionsPerSecondOverHttp() throws Exception {
    Path data = Files.createTempDirectory("feedbackdesk-benchmark");
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(FeedbackDeskApplication.class)
            .run(
                "--server.port=0",
                "--feedbackdesk.mongodb.uri=",
                "--feedbackdesk.embedded.data-dir=" + data.toString(),
                "--logging.level.root=WARN")) {
      Api api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());

      submit(api, 4, WARM_UP);
      double single = submit(api, 1, SUBMISSIONS);
      double eight = submit(api, 8, SUBMISSIONS);

      System.out.printf(
          "%nSubmission throughput over HTTP, embedded store (%d submissions each, after %d to warm up)%n"
              + "  1 client : %7.1f tickets/s%n"
              + "  8 clients: %7.1f tickets/s  (%.2fx the single client)%n"
              + "  data file: %.1f MB%n%n",
          SUBMISSIONS,
          WARM_UP,
          single,
          eight,
          eight / single,
          Files.size(data.resolve("feedbackdesk.mv.db")) / 1e6);
    }
  }

  /** Submits {@code count} tickets from {@code clients} threads; returns tickets per second. */
  private static double submit(Api api, int clients, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String description = "基准测试 " + i + "：收到的包裹外箱破损，杯子碎了。";
        calls.add(() -> api.post("/api/v1/tickets", Api.submission(description)).status());
      }
      long start = System.nanoTime();
      List<Future<Integer>> results = pool.invokeAll(calls);
      double seconds = (System.nanoTime() - start) / 1e9;
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(201);
      }
      return count / seconds;
    } finally {
      pool.shutdown();
    }
  }
}
