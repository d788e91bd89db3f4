package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of money in a currency (ISO 4217 code), never negative, at most two decimals.
 *
 * @param amount the amount, e.g. {@code 59.90}
 * @param currency the currency code, e.g. {@code CNY}
 */
public record Money(BigDecimal amount, String currency) {

  public static final String DEFAULT_CURRENCY = "CNY";
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final BigDecimal MAX = new BigDecimal("1000000000");

  public Money {
    Values.required("amount", amount);
    if (amount.signum() < 0) {
      throw new InvalidValueException("amount", "an amount must not be negative, was " + amount);
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException(
          "amount", "an amount has at most two decimals, was " + amount.toPlainString());
    }
    if (amount.compareTo(MAX) >= 0) {
      throw new InvalidValueException("amount", "an amount must be below " + MAX.toPlainString());
    }
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      throw new InvalidValueException(
          "currency", "a currency is a three-letter ISO 4217 code, was '" + currency + "'");
    }
    amount = amount.setScale(2);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }
}
