package com.feedbackdesk.adapters.in.web;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Query parameters the controllers read the same way. */
public final class RequestValues {

  private static final java.util.regex.Pattern IDEMPOTENCY_KEY =
      java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,255}");

  private RequestValues() {}

  /**
   * An {@code Idempotency-Key} header as given, or null when absent.
   *
   * @throws InvalidValueException for a key that is not 1 to 255 printable ASCII characters
   */
  public static String idempotencyKey(String value) {
    if (value != null && !IDEMPOTENCY_KEY.matcher(value).matches()) {
      throw new InvalidValueException(
          "Idempotency-Key", "must be 1 to 255 printable ASCII characters without spaces");
    }
    return value;
  }

  /**
   * An ISO-8601 instant, or null when the parameter is absent or blank.
   *
   * @throws InvalidValueException naming the parameter, for anything else (a 400)
   */
  public static Instant instant(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          parameter, "not an ISO-8601 instant such as 2024-05-20T03:00:00Z: '" + value + "'");
    }
  }

  /**
   * A calendar month written {@code YYYY-MM}, or null when the parameter is absent or blank.
   *
   * @throws InvalidValueException naming the parameter, for anything else (a 400)
   */
  public static YearMonth month(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (!value.matches("\\d{4}-\\d{2}")) {
        throw new DateTimeParseException("not YYYY-MM", value, 0);
      }
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          parameter, "not a month written YYYY-MM such as 2026-11: '" + value + "'");
    }
  }
}
