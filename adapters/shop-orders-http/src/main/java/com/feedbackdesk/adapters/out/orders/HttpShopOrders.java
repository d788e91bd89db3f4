package com.feedbackdesk.adapters.out.orders;

import com.feedbackdesk.application.aftersales.model.OrderLine;
import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Money;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop's order system over HTTP: {@code GET <base-url>/orders/<order number>} (the number
 * percent-encoded as one path segment), with {@code Authorization: Bearer <token>} when one is
 * configured. 200 with the order as JSON (docs/after-sales.md, "The shop's order system"); 404 for
 * an order it does not know. Anything else, a timeout, or an answer that is not such an order, is
 * the order system being unavailable: a 503 for the caller, who may try again.
 */
public final class HttpShopOrders implements ShopOrdersPort {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  public HttpShopOrders(URI base, String token, Duration timeout) {
    this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    this.token = token == null || token.isBlank() ? null : token;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Optional<ShopOrder> find(String orderNumber) {
    URI uri =
        base.resolve(
            "orders/" + URLEncoder.encode(orderNumber, StandardCharsets.UTF_8).replace("+", "%20"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unavailable("could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("was not waited for", e);
    }
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw unavailable("answered HTTP " + response.statusCode(), null);
    }
    try {
      ShopOrder order = order(JSON.readTree(response.body()));
      if (!order.orderNumber().equals(orderNumber)) {
        throw unavailable("answered with order " + order.orderNumber(), null);
      }
      return Optional.of(order);
    } catch (JacksonException | InvalidValueException | NullPointerException e) {
      throw unavailable("answered with something that is not an order: " + e.getMessage(), e);
    }
  }

  private static StorageUnavailableException unavailable(String what, Exception cause) {
    return new StorageUnavailableException("the shop's order system " + what, cause);
  }

  @Override
  public void save(ShopOrder order) {
    throw new UnsupportedOperationException("the shop's order system is read only here");
  }

  @Override
  public boolean writable() {
    return false;
  }

  static ShopOrder order(JsonNode json) {
    List<OrderLine> lines = new ArrayList<>();
    for (JsonNode line : json.required("lines")) {
      JsonNode price = line.required("unitPrice");
      lines.add(
          new OrderLine(
              line.required("lineId").asString(),
              line.required("sku").asString(),
              line.required("product").asString(),
              line.required("productCategory").asString(),
              line.required("quantity").asInt(),
              new Money(
                  new java.math.BigDecimal(price.required("amount").asString()),
                  price.required("currency").asString()),
              instant(line.get("deliveredAt")),
              instant(line.get("receivedAt"))));
    }
    return new ShopOrder(
        json.required("orderNumber").asString(),
        json.required("customerId").asString(),
        Instant.parse(json.required("placedAt").asString()),
        lines);
  }

  private static Instant instant(JsonNode value) {
    return value == null || value.isNull() ? null : Instant.parse(value.asString());
  }
}
