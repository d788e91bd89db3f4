package com.feedbackdesk.application.aftersales.model;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Money;
import java.time.Instant;

/**
 * One line of a shop's order.
 *
 * @param productCategory the shop's category of the product (for the policy's exemptions and
 *     warranty windows: {@code CUSTOMISED}, {@code PERISHABLE}, {@code SOFTWARE}, {@code
 *     ELECTRONICS}…), upper-case
 * @param unitPrice the price paid for one
 * @param deliveredAt when the carrier delivered it, or null while it is on its way
 * @param receivedAt when the customer signed for it (the 7-day no-reason return counts from here),
 *     or null
 */
public record OrderLine(
    String lineId,
    String sku,
    String product,
    String productCategory,
    int quantity,
    Money unitPrice,
    Instant deliveredAt,
    Instant receivedAt) {

  public OrderLine {
    required("lineId", lineId, 64);
    required("sku", sku, 64);
    required("product", product, 120);
    required("productCategory", productCategory, 40);
    if (!productCategory.matches("[A-Z][A-Z0-9_]*")) {
      throw new InvalidValueException(
          "productCategory", "a product category is upper-case letters, digits and _");
    }
    if (quantity < 1) {
      throw new InvalidValueException("quantity", "a line has at least one item");
    }
    if (unitPrice == null) {
      throw new InvalidValueException("unitPrice", "a line has a price");
    }
    if (receivedAt != null && deliveredAt != null && receivedAt.isBefore(deliveredAt)) {
      throw new InvalidValueException("receivedAt", "goods are received after their delivery");
    }
  }

  private static void required(String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new InvalidValueException(field, field + " is 1 to " + max + " characters");
    }
  }
}
