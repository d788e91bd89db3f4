package com.feedbackdesk.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history export over HTTP on a store of a million events (-Dbenchmark.events=N for another
 * size): generated months of tickets as they record them, written straight into the store, the
 * projections' positions set at its head (a store whose read models are current), then the whole
 * history exported as NDJSON by an analyst in pages of {@code benchmark.page} lines resumed with
 * {@code after=}, each line checked to come after the one before and the count checked against the
 * store; its rate is printed beside the driver reading the same commit documents.
 *
 * <p>Not part of the default build: {@code ./mvnw -Pbenchmark -pl bootstrap -am test
 * -Dtest=EventExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EventExportBenchmark {

  private static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
  private static final int PAGE = Integer.getInteger("benchmark.page", 250_000);
  private static final List<String> PROCESSORS =
      java.util.stream.Stream.concat(
              GeneratedStore.PROJECTIONS.stream(), java.util.stream.Stream.of("notifications"))
          .toList();

  @Test
  void exportsAMillionEventsInOrderWithNothingMissing() throws Exception {
    Path data = Files.createTempDirectory("feedbackdesk-export-benchmark");
    try {
      long stored = fill(data);
      System.out.println(measure(data, stored));
    } finally {
      FileSystemUtils.deleteRecursively(data);
    }
  }

  /** Writes months of generated tickets until the store holds {@link #EVENTS} events. */
  private long fill(Path data) throws Exception {
    return GeneratedStore.fill(data, EVENTS, PROCESSORS);
  }

  private String measure(Path data, long stored) throws Exception {
    double raw = rawRead(data, stored);
    double rawAgain = rawRead(data, stored);
    try (ConfigurableApplicationContext service =
        GeneratedStore.service(data, "--feedbackdesk.notifications.dispatch.enabled=false")) {
      int port = ((WebServerApplicationContext) service).getWebServer().getPort();
      HttpClient http = HttpClient.newHttpClient();
      String token =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://localhost:" + port + "/dev/tokens?subject=ana&role=analyst"))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body()
              .trim();
      double warm = export(http, port, token, Math.min(stored, 100_000), PAGE);
      double first = export(http, port, token, stored, PAGE);
      double second = export(http, port, token, stored, PAGE);
      double best = Math.max(first, second);
      double rawBest = Math.max(raw, rawAgain);
      return String.format(
          "%nhistory export over HTTP (NDJSON, analyst, pseudonymized, pages of %,d resumed with"
              + " after=) of %,d events, embedded store, 2 cores:%n"
              + "  export: %,.0f and %,.0f events/s (warm-up over 100k: %,.0f/s)%n"
              + "  raw driver read of the same commit documents: %,.0f and %,.0f events/s%n"
              + "  export / raw read: %.2f%n",
          PAGE, stored, first, second, warm, raw, rawAgain, best / rawBest);
    }
  }

  /**
   * Exports the history from the start in pages, checking every line comes after the one before and
   * that exactly {@code expected} lines arrive; returns lines per second.
   */
  private static double export(HttpClient http, int port, String token, long expected, int page)
      throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    long started = System.nanoTime();
    long lines = 0;
    long last = -1;
    while (lines < expected) {
      long limit = Math.min(page, expected - lines);
      String query = "limit=" + limit + (last < 0 ? "" : "&after=" + last);
      HttpResponse<java.io.InputStream> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/api/v1/events?" + query))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      long before = lines;
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        while ((line = reader.readLine()) != null) {
          JsonNode event = json.readTree(line);
          long position = event.path("position").asLong();
          if (position <= last) {
            throw new AssertionError("line " + lines + " at " + position + " after " + last);
          }
          last = position;
          lines++;
        }
      }
      if (lines == before) {
        throw new NoSuchElementException("the export ended at " + lines + " of " + expected);
      }
    }
    assertThat(lines).as("every event exactly once").isEqualTo(expected);
    return lines / ((System.nanoTime() - started) / 1e9);
  }

  private static double rawRead(Path data, long expected) throws Exception {
    return GeneratedStore.rawRead(data, expected);
  }
}
