package com.feedbackdesk.domain.sla;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of working time within a day, from a minute of the day to a later one, written {@code
 * 09:00-18:00}; {@code 24:00} is the end of the day, so {@code 00:00-24:00} is the whole day.
 *
 * @param startMinute minutes after midnight at which work starts, 0 to 1439
 * @param endMinute minutes after midnight at which work stops, after the start, at most 1440
 */
public record WorkingPeriod(int startMinute, int endMinute) implements Comparable<WorkingPeriod> {

  private static final Pattern TEXT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
  static final int MINUTES_PER_DAY = 24 * 60;

  public WorkingPeriod {
    if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
      throw new InvalidValueException(
          "workingHours",
          "a working period runs from a time of day to a later one within the day (e.g."
              + " 09:00-18:00), was "
              + format(startMinute)
              + "-"
              + format(endMinute));
    }
  }

  /**
   * Parses {@code HH:mm-HH:mm}.
   *
   * @throws InvalidValueException when the text is not of that form or the times are out of order
   */
  public static WorkingPeriod parse(String text) {
    Matcher matcher = text == null ? null : TEXT.matcher(text.strip());
    if (matcher == null || !matcher.matches()) {
      throw new InvalidValueException(
          "workingHours", "a working period looks like 09:00-18:00, was '" + text + "'");
    }
    int start = minute(matcher.group(1), matcher.group(2), text);
    int end = minute(matcher.group(3), matcher.group(4), text);
    return new WorkingPeriod(start, end);
  }

  private static int minute(String hours, String minutes, String text) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (m > 59 || h > 24 || (h == 24 && m != 0)) {
      throw new InvalidValueException(
          "workingHours", "'" + text + "' names a time of day that does not exist");
    }
    return h * 60 + m;
  }

  public int minutes() {
    return endMinute - startMinute;
  }

  boolean overlaps(WorkingPeriod other) {
    return startMinute < other.endMinute && other.startMinute < endMinute;
  }

  @Override
  public int compareTo(WorkingPeriod other) {
    return Integer.compare(startMinute, other.startMinute);
  }

  @Override
  public String toString() {
    return format(startMinute) + "-" + format(endMinute);
  }

  private static String format(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
