package com.feedbackdesk.application.aftersales.model;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;

/**
 * An order as the shop's order system knows it: what an after-sales application is reviewed against
 * (issue 12; docs/after-sales.md once the review lands).
 *
 * @param customerId the shop's customer who placed it
 * @param lines the order's lines, each with the product, its category, price and dates
 */
public record ShopOrder(
    String orderNumber, String customerId, Instant placedAt, List<OrderLine> lines) {

  public ShopOrder {
    if (orderNumber == null || orderNumber.isBlank() || orderNumber.length() > 64) {
      throw new InvalidValueException("orderNumber", "an order number is 1 to 64 characters");
    }
    if (customerId == null || customerId.isBlank()) {
      throw new InvalidValueException("customerId", "an order names its customer");
    }
    if (placedAt == null) {
      throw new InvalidValueException("placedAt", "an order says when it was placed");
    }
    if (lines == null || lines.isEmpty()) {
      throw new InvalidValueException("lines", "an order has at least one line");
    }
    lines = List.copyOf(lines);
    if (lines.stream().map(OrderLine::lineId).distinct().count() != lines.size()) {
      throw new InvalidValueException("lines", "each line of an order has its own lineId");
    }
  }
}
