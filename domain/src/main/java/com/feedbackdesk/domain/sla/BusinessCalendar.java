package com.feedbackdesk.domain.sla;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When a company works (营业日历): a time zone, working hours per weekday, public holidays, and the
 * make-up working days of the Chinese holiday schedule (调休: a weekend day worked to bridge a
 * holiday), each working the hours of a named weekday. Business time is the working time between
 * two instants; a business-time limit is reached after that much working time.
 *
 * <p>All arithmetic is exact (to the nanosecond) and done on instants, day by day in the calendar's
 * zone, so nights, weekends, holidays, make-up days and daylight-saving shifts all come out right.
 * A calendar is a value: a changed calendar is a new version, never an edit of an old one.
 *
 * @param ref the calendar's name and version
 * @param zone the zone its working hours are in, e.g. Asia/Shanghai
 * @param week the working periods of each weekday; a weekday without any is a day off
 * @param holidays public holidays (no working time), with their names
 * @param makeUpWorkingDays days off that are worked, each with the weekday whose hours it works
 */
public record BusinessCalendar(
    VersionRef ref,
    ZoneId zone,
    Map<DayOfWeek, List<WorkingPeriod>> week,
    Map<LocalDate, String> holidays,
    Map<LocalDate, DayOfWeek> makeUpWorkingDays) {

  /**
   * How far ahead the arithmetic looks for working time before it gives up: far beyond any time
   * limit, so only a calendar that never works again (years of holidays) reaches it.
   */
  static final int MAX_DAYS_SEARCHED = 3 * 366;

  public BusinessCalendar {
    Values.required("ref", ref);
    Values.required("zone", zone);
    Map<DayOfWeek, List<WorkingPeriod>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<WorkingPeriod> periods =
          new ArrayList<>(week == null ? List.of() : week.getOrDefault(day, List.of()));
      Collections.sort(periods);
      for (int i = 1; i < periods.size(); i++) {
        if (periods.get(i - 1).overlaps(periods.get(i))) {
          throw new InvalidValueException(
              "week." + day,
              day
                  + "'s working periods "
                  + periods.get(i - 1)
                  + " and "
                  + periods.get(i)
                  + " overlap");
        }
      }
      days.put(day, List.copyOf(periods));
    }
    if (days.values().stream().allMatch(List::isEmpty)) {
      throw new InvalidValueException("week", "a calendar needs working hours on some weekday");
    }
    week = Collections.unmodifiableMap(days);
    holidays = Collections.unmodifiableMap(new TreeMap<>(holidays == null ? Map.of() : holidays));
    makeUpWorkingDays =
        Collections.unmodifiableMap(
            new TreeMap<>(makeUpWorkingDays == null ? Map.of() : makeUpWorkingDays));
    for (Map.Entry<LocalDate, DayOfWeek> makeUp : makeUpWorkingDays.entrySet()) {
      if (holidays.containsKey(makeUp.getKey())) {
        throw new InvalidValueException(
            "makeUpWorkingDays",
            makeUp.getKey() + " cannot be both a holiday and a make-up working day");
      }
      if (week.get(makeUp.getValue()).isEmpty()) {
        throw new InvalidValueException(
            "makeUpWorkingDays",
            makeUp.getKey() + " works as a " + makeUp.getValue() + ", which has no working hours");
      }
    }
  }

  /** Monday to Friday, 09:00 to 18:00, no holidays: the shipped default until a year is loaded. */
  public static BusinessCalendar workingWeek(VersionRef ref, ZoneId zone) {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      week.put(day, List.of(WorkingPeriod.parse("09:00-18:00")));
    }
    return new BusinessCalendar(ref, zone, week, Map.of(), Map.of());
  }

  /** The same calendar under another name or version. */
  public BusinessCalendar withRef(VersionRef other) {
    return new BusinessCalendar(other, zone, week, holidays, makeUpWorkingDays);
  }

  /** Whether two calendars have the same working time (whatever their names and versions). */
  public boolean sameTimeAs(BusinessCalendar other) {
    return zone.equals(other.zone)
        && week.equals(other.week)
        && holidays.keySet().equals(other.holidays.keySet())
        && makeUpWorkingDays.equals(other.makeUpWorkingDays);
  }

  /** An interval of working time, from its start (inclusive) to its end (exclusive). */
  public record Interval(Instant start, Instant end) {

    public Duration length() {
      return Duration.between(start, end);
    }
  }

  /** The working periods of a day: none on a holiday or a day off. */
  public List<WorkingPeriod> periodsOn(LocalDate date) {
    if (holidays.containsKey(date)) {
      return List.of();
    }
    DayOfWeek worksAs = makeUpWorkingDays.get(date);
    return week.get(worksAs != null ? worksAs : date.getDayOfWeek());
  }

  /** The working time of a day as instants, in order. */
  public List<Interval> intervalsOn(LocalDate date) {
    List<WorkingPeriod> periods = periodsOn(date);
    List<Interval> intervals = new ArrayList<>(periods.size());
    LocalDateTime midnight = date.atTime(LocalTime.MIDNIGHT);
    for (WorkingPeriod period : periods) {
      Instant start = midnight.plusMinutes(period.startMinute()).atZone(zone).toInstant();
      Instant end = midnight.plusMinutes(period.endMinute()).atZone(zone).toInstant();
      if (end.isAfter(start)) { // a period swallowed by a daylight-saving gap has no time
        intervals.add(new Interval(start, end));
      }
    }
    return intervals;
  }

  /**
   * The instant at which this much working time has passed after {@code start}. For a positive
   * amount it lies within working hours: after a period's start, at most at its end.
   *
   * @throws NoWorkingTimeException when the calendar has no working time for years ahead
   */
  public Instant plusBusinessTime(Instant start, Duration amount) {
    requireNotNegative(amount);
    if (amount.isZero()) {
      return start;
    }
    Duration remaining = amount;
    LocalDate day = start.atZone(zone).toLocalDate();
    for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
      for (Interval interval : intervalsOn(day)) {
        if (!interval.end().isAfter(start)) {
          continue;
        }
        Instant from = interval.start().isAfter(start) ? interval.start() : start;
        Duration available = Duration.between(from, interval.end());
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new NoWorkingTimeException(ref, start, MAX_DAYS_SEARCHED);
  }

  /** The working time between two instants; none when {@code end} is not after {@code start}. */
  public Duration businessTimeBetween(Instant start, Instant end) {
    if (!end.isAfter(start)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = end.atZone(zone).toLocalDate();
    for (LocalDate day = start.atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (Interval interval : intervalsOn(day)) {
        Instant from = interval.start().isAfter(start) ? interval.start() : start;
        Instant to = interval.end().isBefore(end) ? interval.end() : end;
        if (to.isAfter(from)) {
          total = total.plus(Duration.between(from, to));
        }
      }
    }
    return total;
  }

  /** {@link #plusBusinessTime} or plain clock arithmetic, as the basis says. */
  public Instant plus(TimeBasis basis, Instant start, Duration amount) {
    requireNotNegative(amount);
    return basis == TimeBasis.BUSINESS ? plusBusinessTime(start, amount) : start.plus(amount);
  }

  /** {@link #businessTimeBetween} or plain clock time (never negative), as the basis says. */
  public Duration between(TimeBasis basis, Instant start, Instant end) {
    if (basis == TimeBasis.BUSINESS) {
      return businessTimeBetween(start, end);
    }
    return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
  }

  /**
   * The length of a business day: the working time of the weekday length most days have (9 h for
   * 09:00-18:00), which is how "N business days" becomes an amount of business time.
   */
  public Duration businessDay() {
    Map<Integer, Integer> daysByLength = new HashMap<>();
    for (List<WorkingPeriod> periods : week.values()) {
      int minutes = periods.stream().mapToInt(WorkingPeriod::minutes).sum();
      if (minutes > 0) {
        daysByLength.merge(minutes, 1, Integer::sum);
      }
    }
    int commonest =
        daysByLength.entrySet().stream()
            .max(
                Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow()
            .getKey();
    return Duration.ofMinutes(commonest);
  }

  private static void requireNotNegative(Duration amount) {
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", "a time limit is not negative, was " + amount);
    }
  }
}
