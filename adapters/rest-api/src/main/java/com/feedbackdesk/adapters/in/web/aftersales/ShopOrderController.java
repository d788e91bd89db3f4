package com.feedbackdesk.adapters.in.web.aftersales;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.aftersales.port.in.ShopOrdersUseCase;
import com.feedbackdesk.domain.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's orders, as after-sales handling reads them. */
@RestController
@RequestMapping(path = "/api/v1/shop-orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Shop orders",
    description =
        "The shop's orders and their lines (product, category, price, delivery and receipt),"
            + " from its order system, or from the embedded directory admins load.")
class ShopOrderController {

  private final ShopOrdersUseCase orders;

  ShopOrderController(ShopOrdersUseCase orders) {
    this.orders = orders;
  }

  @Operation(
      summary = "Read an order",
      description = "From the shop's order system (503 while it cannot answer), or the directory.")
  @GetMapping("/{orderNumber}")
  ShopOrderPayload order(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "SO-2026-000123") @PathVariable String orderNumber) {
    return ShopOrderPayload.of(orders.order(caller, orderNumber));
  }

  @Operation(
      summary = "Load an order into the embedded directory",
      description =
          "Creates or replaces the order; only with the embedded directory (409 when the orders"
              + " are the shop's order system's). The body's orderNumber, if given, must be the"
              + " path's.")
  @PutMapping(path = "/{orderNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ShopOrderPayload load(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "SO-2026-000123") @PathVariable String orderNumber,
      @Valid @RequestBody ShopOrderPayload body) {
    if (body.orderNumber() != null && !body.orderNumber().equals(orderNumber)) {
      throw new InvalidValueException(
          "orderNumber", "the body's order number differs from the path's " + orderNumber);
    }
    return ShopOrderPayload.of(orders.load(caller, body.toOrder(orderNumber)));
  }
}
