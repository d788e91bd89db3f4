package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people quote on the phone: {@code FW} + the registration day {@code yyyyMMdd} in the
 * business time zone + a daily serial of at least three digits, e.g. {@code FW20240520001}.
 */
public record TicketNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("FW(\\d{4})(\\d{2})(\\d{2})(\\d{3,12})");

  public TicketNumber {
    Matcher matcher = value == null ? null : FORMAT.matcher(value);
    if (matcher == null || !matcher.matches()) {
      throw new InvalidValueException(
          "number", "a ticket number looks like FW20240520001, was '" + value + "'");
    }
    try {
      LocalDate.of(
          Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidValueException("number", "ticket number has no valid date: " + value);
    }
    if (Long.parseLong(matcher.group(4)) == 0) {
      throw new InvalidValueException("number", "ticket number serials start at 001: " + value);
    }
  }

  /** The number of the {@code serial}-th ticket registered on {@code day}. */
  public static TicketNumber of(LocalDate day, long serial) {
    if (serial < 1) {
      throw new InvalidValueException("serial", "serials start at 1, was " + serial);
    }
    return new TicketNumber(
        String.format(
            "FW%04d%02d%02d%03d", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), serial));
  }

  /** Whether the text has the shape of a ticket number (not whether such a ticket exists). */
  public static boolean looksLikeNumber(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
