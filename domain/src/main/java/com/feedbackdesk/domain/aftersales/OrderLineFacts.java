package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The order line an application is about, as the shop's order system gave it when the application
 * was made: kept in the application's first event, so that the review can always be retraced.
 *
 * @param productCategory the shop's product category (upper case), which the exemptions and
 *     warranty windows go by
 * @param receivedAt when the customer signed for the goods, or null
 */
public record OrderLineFacts(
    String orderNumber,
    String lineId,
    String sku,
    String product,
    String productCategory,
    int quantity,
    Money unitPrice,
    Instant deliveredAt,
    Instant receivedAt) {

  public OrderLineFacts {
    Values.requiredText("orderNumber", orderNumber, 64);
    Values.requiredText("lineId", lineId, 64);
    Values.requiredText("sku", sku, 64);
    Values.requiredText("product", product, 120);
    Values.requiredText("productCategory", productCategory, 40);
    Values.required("unitPrice", unitPrice);
    if (quantity < 1) {
      throw new InvalidValueException("quantity", "an order line has at least one item");
    }
  }

  /** What {@code count} of the line cost. */
  public Money priceOf(int count) {
    return new Money(unitPrice.amount().multiply(BigDecimal.valueOf(count)), unitPrice.currency());
  }
}
