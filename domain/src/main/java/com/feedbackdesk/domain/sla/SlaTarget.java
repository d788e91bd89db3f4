package com.feedbackdesk.domain.sla;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit, written the way the SOPs state them: {@code 24h} (clock time), {@code 4h business}
 * (working hours only), {@code 5bd} (five business days), {@code 30s} (seconds, for trials).
 *
 * @param basis whether nights, weekends and holidays count
 * @param amount the limit as time, or null when it is given in business days
 * @param businessDays the limit in business days, or 0 when it is given as time
 */
public record SlaTarget(TimeBasis basis, Duration amount, int businessDays) {

  private static final Pattern TEXT = Pattern.compile("(\\d{1,6})\\s*(s|m|h|d|bd)(\\s+business)?");

  /** The longest limit any policy may set: a year. */
  static final Duration LONGEST = Duration.ofDays(366);

  public SlaTarget {
    if (basis == null) {
      throw new InvalidValueException("target", "a time limit needs a basis");
    }
    boolean inDays = businessDays > 0;
    if (inDays == (amount != null) || (inDays && basis != TimeBasis.BUSINESS)) {
      throw new InvalidValueException(
          "target", "a time limit is either an amount of time or a number of business days");
    }
    if (amount != null
        && (amount.isNegative()
            || amount.isZero()
            || amount.getNano() != 0
            || amount.compareTo(LONGEST) > 0)) {
      throw new InvalidValueException(
          "target",
          "a time limit is whole seconds, more than nothing and at most a year, was " + amount);
    }
    if (businessDays > 250) {
      throw new InvalidValueException(
          "target", "a time limit is at most 250 business days, was " + businessDays);
    }
  }

  public static SlaTarget calendar(Duration amount) {
    return new SlaTarget(TimeBasis.CALENDAR, amount, 0);
  }

  public static SlaTarget business(Duration amount) {
    return new SlaTarget(TimeBasis.BUSINESS, amount, 0);
  }

  public static SlaTarget businessDays(int days) {
    return new SlaTarget(TimeBasis.BUSINESS, null, days);
  }

  /**
   * Parses the written form.
   *
   * @throws InvalidValueException when the text is not a time limit
   */
  public static SlaTarget parse(String text) {
    Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
    if (matcher == null || !matcher.matches()) {
      throw new InvalidValueException(
          "target", "a time limit looks like 24h, 4h business, 5bd or 30s, was '" + text + "'");
    }
    long count = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2);
    boolean business = matcher.group(3) != null;
    if (unit.equals("bd")) {
      if (business) {
        throw new InvalidValueException(
            "target", "business days are business time already: write 5bd, was '" + text + "'");
      }
      return businessDays(Math.toIntExact(count));
    }
    Duration amount =
        switch (unit) {
          case "s" -> Duration.ofSeconds(count);
          case "m" -> Duration.ofMinutes(count);
          case "h" -> Duration.ofHours(count);
          default -> Duration.ofDays(count);
        };
    return business ? business(amount) : calendar(amount);
  }

  /** How much time (of its basis) the limit allows on this calendar. */
  public Duration budget(BusinessCalendar calendar) {
    return amount != null ? amount : calendar.businessDay().multipliedBy(businessDays);
  }

  @Override
  public String toString() {
    if (amount == null) {
      return businessDays + "bd";
    }
    long seconds = amount.getSeconds();
    String written;
    // hours up to a week, as the SOPs write them (48h, not 2d)
    if (seconds % 86_400 == 0 && seconds >= 7 * 86_400) {
      written = seconds / 86_400 + "d";
    } else if (seconds % 3_600 == 0) {
      written = seconds / 3_600 + "h";
    } else if (seconds % 60 == 0) {
      written = seconds / 60 + "m";
    } else {
      written = seconds + "s";
    }
    return basis == TimeBasis.BUSINESS ? written + " business" : written;
  }
}
