package com.feedbackdesk.bootstrap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rebuild <projection> [--url=http://localhost:8080] [--token=<bearer>]}: asks the running
 * service to rebuild a projection (an admin's operation) and prints its progress every second until
 * it has taken over or failed; the exit code is 0 on success. Without a token (nor {@code
 * FEEDBACKDESK_TOKEN}) it takes an admin token from the service's development issuer, which only a
 * service without configured issuers has.
 */
public final class RebuildCommand {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final PrintStream out;

  RebuildCommand(PrintStream out) {
    this.out = out;
  }

  /** Runs the command; the exit code. */
  public static int run(String[] args, PrintStream out) {
    String projection = null;
    String url = "http://localhost:8080";
    String token = System.getenv("FEEDBACKDESK_TOKEN");
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--url=")) {
        url = args[i].substring("--url=".length());
      } else if (args[i].startsWith("--token=")) {
        token = args[i].substring("--token=".length());
      } else if (!args[i].startsWith("--") && projection == null) {
        projection = args[i];
      } else {
        out.println("unknown argument " + args[i]);
        return usage(out);
      }
    }
    if (projection == null) {
      return usage(out);
    }
    try {
      return new RebuildCommand(out).rebuild(url.replaceAll("/+$", ""), token, projection);
    } catch (IOException e) {
      out.println("could not reach the service at " + url + ": " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
  }

  private static int usage(PrintStream out) {
    out.println(
        "usage: rebuild <projection> [--url=http://localhost:8080] [--token=<bearer token>]\n"
            + "  projections: ticket-views, ticket-queue, ticket-history, sla-breaches,"
            + " ticket-analysis, improvement-projects (GET /api/v1/projections lists them)");
    return 64;
  }

  private int rebuild(String url, String token, String projection)
      throws IOException, InterruptedException {
    String bearer = token != null && !token.isBlank() ? token : developmentToken(url);
    HttpResponse<String> started =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        url
                            + "/api/v1/projections/"
                            + URLEncoder.encode(projection, StandardCharsets.UTF_8)
                            + "/rebuilds"))
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 202) {
      out.println("the service refused (" + started.statusCode() + "): " + detail(started.body()));
      return 1;
    }
    String location = started.headers().firstValue("Location").orElseThrow();
    while (true) {
      Thread.sleep(1000);
      HttpResponse<String> polled =
          http.send(
              HttpRequest.newBuilder(URI.create(url + location))
                  .header("Authorization", "Bearer " + bearer)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (polled.statusCode() != 200) {
        out.println("lost the rebuild (" + polled.statusCode() + "): " + detail(polled.body()));
        return 1;
      }
      JsonNode progress = JSON.readTree(polled.body());
      out.println(line(progress));
      String state = progress.path("state").asString();
      if (state.equals("COMPLETED")) {
        return 0;
      }
      if (state.equals("FAILED")) {
        out.println("failed: " + progress.path("failure").asString());
        return 1;
      }
    }
  }

  /** {@code ticket-analysis RUNNING 41.2% 412000/1000000 events 8400 events/s 70 s left}. */
  static String line(JsonNode progress) {
    JsonNode left = progress.path("secondsLeft");
    return String.format(
        Locale.ROOT,
        "%s %s %.1f%% %d/%d events %.0f events/s %s",
        progress.path("projection").asString(),
        progress.path("state").asString(),
        progress.path("done").asDouble() * 100,
        progress.path("eventsDone").asLong(),
        progress.path("headAtStart").asLong() + 1,
        progress.path("eventsPerSecond").asDouble(),
        left.isNull() || left.isMissingNode() ? "" : left.asLong() + " s left");
  }

  private String developmentToken(String url) throws IOException, InterruptedException {
    HttpResponse<String> minted =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/dev/tokens?subject=ops&role=admin"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (minted.statusCode() != 200) {
      throw new IOException(
          "no --token given and the service issues no development tokens ("
              + minted.statusCode()
              + "); give an admin's bearer token");
    }
    return minted.body().trim();
  }

  private static String detail(String body) {
    try {
      JsonNode problem = JSON.readTree(body);
      return problem.path("detail").asString(body);
    } catch (RuntimeException e) {
      return body;
    }
  }
}
