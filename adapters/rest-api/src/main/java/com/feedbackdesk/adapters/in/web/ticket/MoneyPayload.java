package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Schema(description = "An amount of money.")
record MoneyPayload(
    @Schema(example = "39.90") BigDecimal amount, @Schema(example = "CNY") String currency) {

  static MoneyPayload of(Money money) {
    return money == null ? null : new MoneyPayload(money.amount(), money.currency());
  }
}
