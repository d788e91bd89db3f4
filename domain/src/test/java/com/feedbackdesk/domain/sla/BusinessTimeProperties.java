package com.feedbackdesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Business-time arithmetic holds for any start, any amount and any of several calendars: one with a
 * lunch break, holidays and make-up days; the plain working week; and one in a zone with daylight
 * saving (Berlin), where a day can be 23 or 25 hours long.
 */
class BusinessTimeProperties {

  private static final Instant FROM = Instant.parse("2025-12-20T00:00:00Z");
  private static final long SPAN_SECONDS = Duration.ofDays(120).toSeconds();

  private static final BusinessCalendar BERLIN = berlin();

  private static BusinessCalendar berlin() {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 6)) {
      // 01:00-04:00 contains the hour the clocks skip or repeat in spring and autumn
      week.put(
          day, List.of(WorkingPeriod.parse("01:00-04:00"), WorkingPeriod.parse("08:00-17:00")));
    }
    return new BusinessCalendar(
        new VersionRef("berlin", 1),
        ZoneId.of("Europe/Berlin"),
        week,
        Map.of(LocalDate.of(2026, 1, 1), "Neujahr"),
        Map.of());
  }

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Arbitraries.of(
        BusinessCalendarTest.WITH_LUNCH_AND_HOLIDAYS, BusinessCalendarTest.WORKING_WEEK, BERLIN);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(0, SPAN_SECONDS)
        .map(FROM::plusSeconds)
        .edgeCases(edges -> edges.add(FROM));
  }

  /** Amounts up to 200 hours, to the second, with the day-sized ones among the edge cases. */
  @Provide
  Arbitrary<Duration> amounts() {
    return Arbitraries.longs()
        .between(0, Duration.ofHours(200).toSeconds())
        .map(Duration::ofSeconds)
        .edgeCases(edges -> edges.add(Duration.ofHours(9)).add(Duration.ofHours(45)));
  }

  @Provide
  Arbitrary<Instant[]> orderedPairs() {
    return Combinators.combine(instants(), instants())
        .as((a, b) -> a.isAfter(b) ? new Instant[] {b, a} : new Instant[] {a, b});
  }

  @Property
  void addingAnAmountAndMeasuringItBackRoundTrips(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant start,
      @ForAll("amounts") Duration amount) {
    Instant due = calendar.plusBusinessTime(start, amount);

    assertThat(calendar.businessTimeBetween(start, due)).isEqualTo(amount);
  }

  @Property
  void aDueTimeNeverFallsOutsideWorkingHours(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant start,
      @ForAll("amounts") Duration amount) {
    if (amount.isZero()) {
      return;
    }
    Instant due = calendar.plusBusinessTime(start, amount);

    LocalDate day = due.atZone(calendar.zone()).toLocalDate();
    assertThat(calendar.intervalsOn(day))
        .as("working time of %s, due %s", day, due)
        .anyMatch(interval -> interval.start().isBefore(due) && !due.isAfter(interval.end()));
  }

  @Property
  void elapsedBusinessTimeNeverDecreasesAndNeverExceedsClockTime(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("orderedPairs") Instant[] pair,
      @ForAll("instants") Instant start) {
    Instant earlier = pair[0];
    Instant later = pair[1];
    Duration toEarlier = calendar.businessTimeBetween(start, earlier);
    Duration toLater = calendar.businessTimeBetween(start, later);

    assertThat(toLater).isGreaterThanOrEqualTo(toEarlier);
    assertThat(calendar.businessTimeBetween(earlier, later))
        .isLessThanOrEqualTo(Duration.between(earlier, later));
  }

  @Property
  void businessTimeAddsUpAcrossAnyPointInBetween(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("orderedPairs") Instant[] pair,
      @ForAll("instants") Instant middle) {
    Instant start = pair[0];
    Instant end = pair[1];
    if (middle.isBefore(start) || middle.isAfter(end)) {
      return;
    }

    assertThat(
            calendar
                .businessTimeBetween(start, middle)
                .plus(calendar.businessTimeBetween(middle, end)))
        .isEqualTo(calendar.businessTimeBetween(start, end));
  }

  @Property
  void addingInTwoStepsIsAddingTheSum(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant start,
      @ForAll("amounts") Duration first,
      @ForAll("amounts") Duration second) {
    Instant stepwise = calendar.plusBusinessTime(calendar.plusBusinessTime(start, first), second);
    Instant atOnce = calendar.plusBusinessTime(start, first.plus(second));

    // the same working instant; stepwise may stand at a period's end where the sum starts the next
    assertThat(calendar.businessTimeBetween(start, stepwise))
        .isEqualTo(calendar.businessTimeBetween(start, atOnce));
    assertThat(stepwise).isBeforeOrEqualTo(atOnce);
  }

  @Property
  void aLaterStartIsNeverDueEarlier(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("orderedPairs") Instant[] pair,
      @ForAll("amounts") Duration amount) {
    assertThat(calendar.plusBusinessTime(pair[1], amount))
        .isAfterOrEqualTo(calendar.plusBusinessTime(pair[0], amount));
  }

  /**
   * Against a reference that knows nothing but the definition: count, minute by minute, the minutes
   * whose local time lies in a working period of a working day (Shanghai has no daylight saving, so
   * each local minute is one real minute).
   */
  @Property(tries = 300)
  void agreesWithCountingWorkingMinutesOneByOne(
      @ForAll("minuteStarts") Instant start, @ForAll("minuteCounts") int minutes) {
    BusinessCalendar calendar = BusinessCalendarTest.WITH_LUNCH_AND_HOLIDAYS;
    long working = 0;
    for (int i = 0; i < minutes; i++) {
      ZonedDateTime local = start.plusSeconds(60L * i).atZone(calendar.zone());
      int minuteOfDay = local.getHour() * 60 + local.getMinute();
      boolean inPeriod =
          calendar.periodsOn(local.toLocalDate()).stream()
              .anyMatch(p -> p.startMinute() <= minuteOfDay && minuteOfDay < p.endMinute());
      working += inPeriod ? 1 : 0;
    }

    assertThat(calendar.businessTimeBetween(start, start.plusSeconds(60L * minutes)))
        .isEqualTo(Duration.ofMinutes(working));
  }

  @Provide
  Arbitrary<Instant> minuteStarts() {
    LocalDateTime first = LocalDateTime.of(2026, 2, 10, 0, 0);
    return Arbitraries.integers()
        .between(0, 30 * 24 * 60)
        .map(m -> first.plusMinutes(m).atZone(BusinessCalendarTest.SHANGHAI).toInstant());
  }

  @Provide
  Arbitrary<Integer> minuteCounts() {
    return Arbitraries.integers().between(0, 6 * 24 * 60);
  }
}
