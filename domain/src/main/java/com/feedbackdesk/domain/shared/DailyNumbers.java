package com.feedbackdesk.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering people quote on the phone: a prefix, the day {@code yyyyMMdd} in the business time
 * zone, and a daily serial of at least three digits from 001 ({@code FW20240520001} for tickets,
 * {@code SH20261201001} for after-sales applications).
 */
public final class DailyNumbers {

  private final String prefix;
  private final String kind;
  private final String article;
  private final String example;
  private final Pattern format;

  /**
   * @param prefix the letters the numbers start with
   * @param article "a" or "an", for the messages
   * @param kind what is numbered, for the messages ("ticket", "application")
   * @param example a number, for the messages
   */
  public DailyNumbers(String prefix, String article, String kind, String example) {
    this.prefix = prefix;
    this.article = article;
    this.kind = kind;
    this.example = example;
    this.format = Pattern.compile(prefix + "(\\d{4})(\\d{2})(\\d{2})(\\d{3,12})");
  }

  /**
   * @throws InvalidValueException (field {@code number}) when the text is no such number
   */
  public void require(String value) {
    Matcher matcher = value == null ? null : format.matcher(value);
    if (matcher == null || !matcher.matches()) {
      throw new InvalidValueException(
          "number",
          article + " " + kind + " number looks like " + example + ", was '" + value + "'");
    }
    try {
      LocalDate.of(
          Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidValueException("number", kind + " number has no valid date: " + value);
    }
    if (Long.parseLong(matcher.group(4)) == 0) {
      throw new InvalidValueException("number", kind + " serials start at 001: " + value);
    }
  }

  /** The text of the {@code serial}-th number of {@code day}. */
  public String of(LocalDate day, long serial) {
    if (serial < 1) {
      throw new InvalidValueException("serial", "serials start at 1, was " + serial);
    }
    return String.format(
        "%s%04d%02d%02d%03d",
        prefix, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), serial);
  }

  /** Whether the text has the shape of such a number (not whether it was handed out). */
  public boolean looksLikeNumber(String text) {
    return text != null && format.matcher(text).matches();
  }
}
