package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Random and hostile requests to every operation the OpenAPI document lists: undecodable and
 * hostile paths, query strings and headers, bodies of the wrong type, shape, size and encoding,
 * other methods. Whatever a client sends, the answer is never a 5xx, and every error is an RFC 9457
 * problem. A fixed seed and a bounded number of requests, so it runs in seconds and a failure is
 * reproducible; the counts are printed.
 */
class HostileInputEndToEndTest extends EndToEndTest {

  private static final long SEED = 20_261_201L;
  private static final int REQUESTS = 1_500;

  private static final String[] HOSTILE_TEXT = {
    "",
    " ",
    "%",
    "%zz",
    "%00",
    "%2F",
    "%5C",
    "%25",
    "%C0%AF",
    "%E4%B8",
    "..",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "FW20240520001",
    "FW99999999999",
    "00000000-0000-0000-0000-000000000000",
    "'; DROP TABLE tickets; --",
    "{\"$gt\":\"\"}",
    "$where",
    "<script>alert(1)</script>",
    "%F0%9F%98%80",
    "%E6%8A%95%E8%AF%89",
    "null",
    "-1",
    "9223372036854775808",
    "1e309",
    "a;b=c",
    "%0d%0aX-Injected:%20yes",
  };

  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json; charset=ISO-8859-1",
    "application/problem+json",
    "text/plain",
    "application/xml",
    "multipart/form-data; boundary=xyz",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "garbage",
    "application/",
    "*/*",
    null,
  };

  private static final String[] ACCEPTS = {
    "*/*", "application/json", "application/problem+json", "text/html", "image/png", "garbage", null
  };

  private static final String[] METHODS = {
    "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"
  };

  private record Operation(String method, String path, List<String> queryParameters) {}

  @Test
  void noRequestAnyClientCanSendIsAnswered5xxOrWithoutAProblem() {
    List<Operation> operations = operationsOfTheApi();
    String number = customer.post("/api/v1/tickets", Api.submission("包裹破损")).text("number");
    RawHttp http = new RawHttp(api.uri("/").getPort());
    Random random = new Random(SEED);

    Map<String, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      Operation operation = operations.get(random.nextInt(operations.size()));
      String method =
          random.nextInt(100) < 85 ? operation.method() : METHODS[random.nextInt(METHODS.length)];
      String target = target(operation, number, random);
      StringBuilder head =
          new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost");
      String authorization = authorization(random);
      if (authorization != null) {
        head.append("\r\nAuthorization: ").append(authorization);
      }
      String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
      if (contentType != null) {
        head.append("\r\nContent-Type: ").append(contentType);
      }
      String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
      if (accept != null) {
        head.append("\r\nAccept: ").append(accept);
      }
      if (random.nextInt(4) == 0) {
        head.append("\r\nIdempotency-Key: ").append(hostileText(random));
      }
      if (random.nextInt(4) == 0) {
        head.append("\r\nX-Actor: ").append(hostileText(random));
      }
      if (random.nextInt(20) == 0) {
        head.append("\r\nX-Broken header line without a colon");
      }
      byte[] body = body(method, random);

      RawHttp.Answer answer = http.send(head.toString(), body);
      statuses.merge(answer.status() / 100 + "xx " + answer.status(), 1, Integer::sum);
      if (answer.status() >= 500 || !isProblemIfAnError(method, answer)) {
        failures.add(
            answer.status()
                + " "
                + answer.header("Content-Type")
                + " for "
                + head.toString().replace("\r\n", " | ")
                + " body "
                + new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8)
                + " -> "
                + answer.body().substring(0, Math.min(answer.body().length(), 200)));
      }
    }

    long fiveHundreds = failures.stream().filter(f -> f.startsWith("5")).count();
    System.out.printf(
        "hostile input: %d requests to %d operations, %d answered 5xx, %d without a problem;"
            + " statuses %s%n",
        REQUESTS, operations.size(), fiveHundreds, failures.size() - fiveHundreds, statuses);
    assertThat(failures).as("answers that are a 5xx or not a problem").isEmpty();
  }

  /** Every operation of the OpenAPI document, with the query parameters it declares. */
  private List<Operation> operationsOfTheApi() {
    JsonNode paths = api.get("/v3/api-docs").body().path("paths");
    List<Operation> operations = new ArrayList<>();
    paths
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          List<String> query = new ArrayList<>();
                          for (JsonNode parameter : method.getValue().path("parameters")) {
                            if ("query".equals(parameter.path("in").asString())) {
                              query.add(parameter.path("name").asString());
                            }
                          }
                          operations.add(
                              new Operation(
                                  method.getKey().toUpperCase(Locale.ROOT), path.getKey(), query));
                        }));
    assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(15);
    return operations;
  }

  /** Mostly a staff member's token, sometimes a customer's, none, or something else entirely. */
  private String authorization(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> null;
      case 1 -> "Bearer " + customer.token();
      case 2 -> hostileAuthorization(random);
      default -> "Bearer " + api.token();
    };
  }

  private static String hostileAuthorization(Random random) {
    String[] values = {
      "Bearer",
      "Bearer ",
      "Bearer not.a.jwt",
      "Basic dXNlcjpwYXNz",
      "bearer x",
      "Bearer " + "A".repeat(6_000),
      "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
      "Bearer a.b.c",
      "Digest x"
    };
    return values[random.nextInt(values.length)];
  }

  /** The request target: the path with {ref} filled in, and a query string, mostly hostile. */
  private static String target(Operation operation, String number, Random random) {
    String ref =
        switch (random.nextInt(4)) {
          case 0 -> number;
          case 1 -> hostileText(random);
          case 2 -> randomBytesEncoded(random, 1 + random.nextInt(40));
          default -> hostileText(random) + hostileText(random);
        };
    StringBuilder target = new StringBuilder(operation.path().replace("{ref}", ref));
    if (random.nextInt(20) == 0) {
      target.append("/").append(hostileText(random));
    }
    int parameters = random.nextInt(4);
    for (int p = 0; p < parameters; p++) {
      target.append(p == 0 ? '?' : '&');
      String name =
          !operation.queryParameters().isEmpty() && random.nextBoolean()
              ? operation.queryParameters().get(random.nextInt(operation.queryParameters().size()))
              : hostileText(random);
      target.append(name).append('=').append(hostileText(random));
    }
    if (random.nextInt(30) == 0) {
      target.append("&page=").append("9".repeat(40));
    }
    return target.toString().replace(" ", "%20").replace("\r", "").replace("\n", "");
  }

  private static String hostileText(Random random) {
    return HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)];
  }

  private static String randomBytesEncoded(Random random, int length) {
    StringBuilder encoded = new StringBuilder();
    for (int i = 0; i < length; i++) {
      encoded.append(String.format("%%%02X", random.nextInt(256)));
    }
    return encoded.toString();
  }

  /** A body: a valid one varied, JSON of the wrong shape, broken JSON, random bytes, or none. */
  private static byte[] body(String method, Random random) {
    if (method.equals("GET") && random.nextInt(4) != 0) {
      return new byte[0];
    }
    String json =
        switch (random.nextInt(12)) {
          case 0 -> "";
          case 1 -> "{";
          case 2 -> "[]";
          case 3 -> "null";
          case 4 -> "\"just a string\"";
          case 5 -> "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
          case 6 -> "{\"description\":\"" + "投".repeat(30_000) + "\"}";
          case 7 -> "{\"channel\":\"APP\",\"channel\":\"EMAIL\",\"description\":\"x\"}";
          case 8 -> null;
          case 9 -> "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end";
          default -> variedSubmission(random);
        };
    if (json == null) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      return bytes;
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** A valid submission with some of its fields replaced by values of any type. */
  private static String variedSubmission(Random random) {
    String[] fields = {
      "channel",
      "customer",
      "orderNumber",
      "region",
      "type",
      "category",
      "priority",
      "description",
      "occurredAt",
      "assignee",
      "plan",
      "message",
      "author",
      "resolutionType",
      "summary",
      "amount",
      "cost",
      "resolved",
      "satisfaction",
      "comment",
      "reason",
      "level",
      "department",
      "supportingDepartments"
    };
    String[] values = {
      "null",
      "true",
      "0",
      "-1",
      "1e400",
      "12345678901234567890.123",
      "\"\"",
      "\"APP\"",
      "\"P1\"",
      "\"CQ02\"",
      "\"REFUND\"",
      "\"SATISFIED\"",
      "\"DIRECTOR\"",
      "\"TECHNICAL\"",
      "[]",
      "[\"TECHNICAL\",\"NOPE\"]",
      "{}",
      "{\"id\":\"C1\"}",
      "\"2024-05-20T09:30:00+08:00\"",
      "\"2024-13-45T99:99:99Z\"",
      "{\"amount\":1,\"currency\":\"XXX\"}",
      "\"\\u0000\"",
      "\"" + "x".repeat(5_000) + "\""
    };
    StringBuilder json = new StringBuilder(Api.submission("包裹破损").toString());
    json.setLength(json.length() - 1);
    int extra = 1 + random.nextInt(4);
    for (int i = 0; i < extra; i++) {
      json.append(",\"")
          .append(fields[random.nextInt(fields.length)])
          .append("\":")
          .append(values[random.nextInt(values.length)]);
    }
    return json.append('}').toString();
  }

  /** An error must be a problem; HEAD answers carry no body, and success is not judged here. */
  private static boolean isProblemIfAnError(String method, RawHttp.Answer answer) {
    if (answer.status() < 400 || method.equals("HEAD")) {
      return true;
    }
    if (!String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")) {
      return false;
    }
    try {
      JsonNode problem = Api.parse(answer.body());
      return problem.path("type").isString()
          && problem.path("title").isString()
          && problem.path("status").asInt() == answer.status();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
