package com.feedbackdesk.adapters.out.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPortContract;
import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter against a stub of the shop's order system over real HTTP: the port's contract,
 * then what the stub may do wrong.
 */
class HttpShopOrdersTest extends ShopOrdersPortContract {

  private HttpServer server;
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String body;

  private static String json(ShopOrder order) {
    StringBuilder lines = new StringBuilder();
    for (var line : order.lines()) {
      if (lines.length() > 0) {
        lines.append(',');
      }
      lines.append(
          String.format(
              "{\"lineId\":\"%s\",\"sku\":\"%s\",\"product\":\"%s\",\"productCategory\":\"%s\","
                  + "\"quantity\":%d,\"unitPrice\":{\"amount\":\"%s\",\"currency\":\"%s\"},"
                  + "\"deliveredAt\":%s,\"receivedAt\":%s}",
              line.lineId(),
              line.sku(),
              line.product(),
              line.productCategory(),
              line.quantity(),
              line.unitPrice().amount().toPlainString(),
              line.unitPrice().currency(),
              line.deliveredAt() == null ? "null" : "\"" + line.deliveredAt() + "\"",
              line.receivedAt() == null ? "null" : "\"" + line.receivedAt() + "\""));
    }
    return String.format(
        "{\"orderNumber\":\"%s\",\"customerId\":\"%s\",\"placedAt\":\"%s\",\"lines\":[%s]}",
        order.orderNumber(), order.customerId(), order.placedAt(), lines);
  }

  @Override
  protected ShopOrdersPort createPortKnowing(ShopOrder order) {
    body = json(order);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/shop/orders/",
        exchange -> {
          String raw = exchange.getRequestURI().getRawPath();
          asked.add(raw + " " + exchange.getRequestHeaders().getFirst("Authorization"));
          boolean known = raw.equals("/shop/orders/" + order.orderNumber());
          byte[] answer = (known || status != 200 ? body : "{}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(known || status != 200 ? status : 404, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    return new HttpShopOrders(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/shop/"),
        "order-system-token",
        Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theNumberIsOnePathSegmentAndTheTokenIsSent() {
    orders.find("SO 2026/中文 ?#");

    assertThat(asked)
        .singleElement()
        .isEqualTo(
            "/shop/orders/SO%202026%2F%E4%B8%AD%E6%96%87%20%3F%23 Bearer order-system-token");
    assertThat(orders.writable()).isFalse();
  }

  @Test
  void anOrderSystemThatFailsOrAnswersNonsenseIsUnavailableNotEmpty() {
    status = 500;
    assertThatThrownBy(() -> orders.find(ORDER.orderNumber()))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("HTTP 500");
    status = 200;
    body = "{\"orderNumber\":\"SO-2026-000123\",\"lines\":[]}";
    assertThatThrownBy(() -> orders.find(ORDER.orderNumber()))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("not an order");
    body = "<html>maintenance</html>";
    assertThatThrownBy(() -> orders.find(ORDER.orderNumber()))
        .isInstanceOf(StorageUnavailableException.class);
    body = json(ORDER).replace("SO-2026-000123", "SO-2026-000124");
    assertThatThrownBy(() -> orders.find(ORDER.orderNumber()))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("answered with order SO-2026-000124");
  }

  @Test
  void anOrderSystemThatDoesNotAnswerIsUnavailable() {
    ShopOrdersPort nobody =
        new HttpShopOrders(URI.create("http://127.0.0.1:9"), null, Duration.ofMillis(500));

    assertThatThrownBy(() -> nobody.find("SO-1"))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("could not be reached");
  }
}
