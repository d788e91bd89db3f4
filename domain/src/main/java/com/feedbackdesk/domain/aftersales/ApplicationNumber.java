package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a customer quotes for an application, by the ticket numbering's rules: {@code SH} (售后)
 * + the day it was made {@code yyyyMMdd} in the business time zone + a daily serial of at least
 * three digits, e.g. {@code SH20261201001}. Unique and never reused, like ticket numbers.
 */
public record ApplicationNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("SH(\\d{4})(\\d{2})(\\d{2})(\\d{3,12})");

  public ApplicationNumber {
    Matcher matcher = value == null ? null : FORMAT.matcher(value);
    if (matcher == null || !matcher.matches()) {
      throw new InvalidValueException(
          "number", "an application number looks like SH20261201001, was '" + value + "'");
    }
    try {
      LocalDate.of(
          Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidValueException("number", "application number has no valid date: " + value);
    }
    if (Long.parseLong(matcher.group(4)) == 0) {
      throw new InvalidValueException("number", "application serials start at 001: " + value);
    }
  }

  /** The number of the {@code serial}-th application made on {@code day}. */
  public static ApplicationNumber of(LocalDate day, long serial) {
    if (serial < 1) {
      throw new InvalidValueException("serial", "serials start at 1, was " + serial);
    }
    return new ApplicationNumber(
        String.format(
            "SH%04d%02d%02d%03d", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), serial));
  }

  /** Whether the text has the shape of an application number. */
  public static boolean looksLikeNumber(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
