package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Schema(description = "How the case was settled.")
record ResolutionRequest(
    @Schema(example = "RESEND") @NotNull ResolutionType resolutionType,
    @Schema(
            description = "What was done.",
            example = "补发新杯子，运费由我方承担",
            maxLength = TextLimits.SUMMARY)
        @NotBlank
        @Size(max = TextLimits.SUMMARY)
        String summary,
    @Schema(description = "What the customer receives (refund, compensation).", example = "39.90")
        @DecimalMin("0")
        @Digits(integer = 9, fraction = 2)
        BigDecimal amount,
    @Schema(description = "What the case cost the company.", example = "52.00")
        @DecimalMin("0")
        @Digits(integer = 9, fraction = 2)
        BigDecimal cost,
    @Schema(
            description = "ISO 4217 currency of amount and cost.",
            example = "CNY",
            defaultValue = Money.DEFAULT_CURRENCY)
        @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code")
        String currency,
    @Schema(
            description = "Who was responsible (责任认定), as the result message tells the customer.",
            example = "快递运输途中挤压破损，责任在承运方；我方包装防护不足",
            maxLength = TextLimits.REASON)
        @Size(max = TextLimits.REASON)
        String responsibility,
    @Schema(
            description = "What the company improves because of the case (改进措施).",
            example = "易碎商品改用加厚气泡柱包装",
            maxLength = TextLimits.SUMMARY)
        @Size(max = TextLimits.SUMMARY)
        String improvements) {

  Money amountMoney() {
    return money(amount);
  }

  Money costMoney() {
    return money(cost);
  }

  private Money money(BigDecimal value) {
    return value == null
        ? null
        : new Money(value, currency == null ? Money.DEFAULT_CURRENCY : currency);
  }
}
