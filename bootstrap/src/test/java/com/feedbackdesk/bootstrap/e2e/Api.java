package com.feedbackdesk.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A small HTTP client for the end-to-end tests: real HTTP, JSON in and out. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  /** A client without a token. */
  public Api(int port) {
    this("http://localhost:" + port, null);
  }

  private Api(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /**
   * The same client acting as the subject with the roles, by a token of the service's development
   * issuer: for staff the subject is the staff id, for a customer the customer id.
   */
  public Api as(String subject, String department, String... roles) {
    StringBuilder query = new StringBuilder("/dev/tokens?subject=").append(subject);
    for (String role : roles) {
      query.append("&role=").append(role);
    }
    if (department != null) {
      query.append("&department=").append(department);
    }
    Response minted =
        new Api(base, null)
            .send(
                HttpRequest.newBuilder(uri(query.toString()))
                    .POST(HttpRequest.BodyPublishers.noBody()));
    if (minted.status() != 200) {
      throw new IllegalStateException("no development token: " + minted.raw().body());
    }
    return new Api(base, minted.raw().body());
  }

  /** The same client with this bearer token, whatever it is. */
  public Api withToken(String bearer) {
    return new Api(base, bearer);
  }

  /** The bearer token this client sends, or null. */
  public String token() {
    return token;
  }

  /** An answer: status, headers and the body as JSON (null when there is none). */
  public record Response(int status, HttpResponse<String> raw, JsonNode body) {

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public String text(String field) {
      JsonNode node = body.path(field);
      return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
  }

  public static ObjectNode json() {
    return JSON.createObjectNode();
  }

  public static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A PUT of the body as JSON. */
  public Response put(String path, Object body) {
    String json = body instanceof String text ? text : JSON.writeValueAsString(body);
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response post(String path, Object body, String... headers) {
    String json = body instanceof String text ? text : JSON.writeValueAsString(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /**
   * A multipart/form-data POST with one part {@code file} (the way mobile apps and {@code curl -F}
   * upload a file); contentType null leaves the part's type out.
   */
  public Response upload(String path, String fileName, String contentType, byte[] bytes) {
    String boundary = "----feedbackdesk" + System.nanoTime();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\n"
            + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
            + "\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                    HttpRequest.BodyPublishers.ofByteArray(bytes),
                    HttpRequest.BodyPublishers.ofString(tail))));
  }

  /** A GET whose answer is kept as bytes (a download), with the headers given as name, value. */
  public HttpResponse<byte[]> download(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response send(HttpRequest.Builder request) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      String type = response.headers().firstValue("Content-Type").orElse("");
      // NDJSON is many documents: the caller reads its lines
      boolean json = type.contains("json") && !type.contains("ndjson");
      return new Response(
          response.statusCode(), response, json && !body.isBlank() ? JSON.readTree(body) : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A valid submission, ready to be varied. */
  public static ObjectNode submission(String description) {
    ObjectNode body = json();
    body.put("channel", "APP");
    body.set(
        "customer",
        JSON.valueToTree(
            Map.of(
                "id",
                "C10086",
                "name",
                "王芳",
                "phone",
                "+86 138 0013 8000",
                "email",
                "wang.fang@example.com")));
    body.put("orderNumber", "SO-2024-000123");
    body.put("region", "Shanghai");
    body.put("description", description);
    body.put("occurredAt", "2024-05-20T09:30:00+08:00");
    return body;
  }
}
