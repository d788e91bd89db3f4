package com.feedbackdesk.bootstrap.e2e;

import com.feedbackdesk.adapters.out.webhook.WebhookSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * A subscriber over real HTTP, as an integrator would write one: {@code /ok} checks each delivery's
 * signature with the shared secret and keeps it (answering 401 to a bad one), {@code /fail} answers
 * 500 to everything.
 */
final class WebhookReceiver implements AutoCloseable {

  /** A delivery as the receiver got it. */
  record Delivery(String id, String event, boolean signed, JsonNode body) {}

  private final HttpServer server;
  private final String secret;
  final List<Delivery> received = new CopyOnWriteArrayList<>();
  final List<String> failedAt = new CopyOnWriteArrayList<>();

  WebhookReceiver(String secret) {
    this.secret = secret;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/ok",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          boolean signed =
              WebhookSignature.verify(
                  secret,
                  exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                  body,
                  Instant.now());
          received.add(
              new Delivery(
                  exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER),
                  exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_HEADER),
                  signed,
                  Api.parse(new String(body, StandardCharsets.UTF_8))));
          exchange.sendResponseHeaders(signed ? 204 : 401, -1);
          exchange.close();
        });
    server.createContext(
        "/fail",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          failedAt.add(Instant.now().toString());
          byte[] answer = "internal error".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(500, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  String secret() {
    return secret;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
