package com.feedbackdesk.adapters.in.web.aftersales;

import com.feedbackdesk.application.aftersales.model.OrderLine;
import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.domain.ticket.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(
    description =
        "An order as the shop's order system gives it: what after-sales applications are"
            + " reviewed against.")
record ShopOrderPayload(
    @Schema(example = "SO-2026-000123") String orderNumber,
    @Schema(description = "The shop's customer who placed it.", example = "C10086")
        @NotBlank
        @Size(max = 64)
        String customerId,
    @Schema(example = "2026-11-02T03:00:00Z") @NotNull Instant placedAt,
    @NotEmpty @Size(max = 200) List<@Valid Line> lines) {

  @Schema(description = "One line of the order.")
  record Line(
      @Schema(example = "1") @NotBlank @Size(max = 64) String lineId,
      @Schema(example = "BT-A1-BLK") @NotBlank @Size(max = 64) String sku,
      @Schema(example = "蓝牙耳机 A1") @NotBlank @Size(max = 120) String product,
      @Schema(
              description =
                  "The shop's category of the product (the after-sales policy's exemptions and"
                      + " warranty windows go by it).",
              example = "ELECTRONICS")
          @NotBlank
          @Size(max = 40)
          String productCategory,
      @Schema(example = "1") @Positive int quantity,
      @Schema(description = "The price paid for one.", example = "299.00") @NotNull
          BigDecimal unitPrice,
      @Schema(example = "CNY") @NotBlank String currency,
      @Schema(description = "When the carrier delivered it; null while on its way.")
          Instant deliveredAt,
      @Schema(
              description =
                  "When the customer signed for it: the no-reason return counts from here.",
              example = "2026-11-04T09:30:00Z")
          Instant receivedAt) {}

  ShopOrder toOrder(String number) {
    return new ShopOrder(
        number,
        customerId,
        placedAt,
        lines.stream()
            .map(
                l ->
                    new OrderLine(
                        l.lineId(),
                        l.sku(),
                        l.product(),
                        l.productCategory(),
                        l.quantity(),
                        new Money(l.unitPrice(), l.currency()),
                        l.deliveredAt(),
                        l.receivedAt()))
            .toList());
  }

  static ShopOrderPayload of(ShopOrder order) {
    return new ShopOrderPayload(
        order.orderNumber(),
        order.customerId(),
        order.placedAt(),
        order.lines().stream()
            .map(
                l ->
                    new Line(
                        l.lineId(),
                        l.sku(),
                        l.product(),
                        l.productCategory(),
                        l.quantity(),
                        l.unitPrice().amount(),
                        l.unitPrice().currency(),
                        l.deliveredAt(),
                        l.receivedAt()))
            .toList());
  }
}
