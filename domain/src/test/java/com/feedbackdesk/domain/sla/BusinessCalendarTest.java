package com.feedbackdesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Business-time arithmetic on worked examples: nights, weekends, holidays, make-up days. */
class BusinessCalendarTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /**
   * 09:00-12:00 and 13:30-18:00 on weekdays; an illustrative spring holiday from Sunday 15 to
   * Monday 23 February 2026 with Saturday 14 and Saturday 28 worked as Mondays (the shape of a
   * Chinese 调休 arrangement, not the official schedule).
   */
  static final BusinessCalendar WITH_LUNCH_AND_HOLIDAYS = withLunchAndHolidays();

  static BusinessCalendar withLunchAndHolidays() {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      week.put(
          day, List.of(WorkingPeriod.parse("09:00-12:00"), WorkingPeriod.parse("13:30-18:00")));
    }
    Map<LocalDate, String> holidays = new java.util.TreeMap<>();
    for (LocalDate day = LocalDate.of(2026, 2, 15);
        !day.isAfter(LocalDate.of(2026, 2, 23));
        day = day.plusDays(1)) {
      holidays.put(day, "spring festival (illustrative)");
    }
    return new BusinessCalendar(
        new VersionRef("example", 1),
        SHANGHAI,
        week,
        holidays,
        Map.of(
            LocalDate.of(2026, 2, 14), DayOfWeek.MONDAY,
            LocalDate.of(2026, 2, 28), DayOfWeek.MONDAY));
  }

  static final BusinessCalendar WORKING_WEEK =
      BusinessCalendar.workingWeek(new VersionRef("cn-mainland", 1), SHANGHAI);

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void anHourBeforeTheEndOfTheDayAndTwoMoreCarryIntoTheNextMorning() {
    assertThat(WORKING_WEEK.plusBusinessTime(at("2026-03-03T17:00"), Duration.ofHours(3)))
        .isEqualTo(at("2026-03-04T11:00"));
  }

  @Test
  void fiveBusinessDaysFromAFridayAfternoonEndTheNextFridayAfternoon() {
    Duration fiveDays = SlaTarget.parse("5bd").budget(WORKING_WEEK);

    assertThat(fiveDays).isEqualTo(Duration.ofHours(45));
    assertThat(WORKING_WEEK.plusBusinessTime(at("2026-03-06T15:00"), fiveDays))
        .isEqualTo(at("2026-03-13T15:00"));
  }

  @Test
  void timeRegisteredAtNightOrAtTheWeekendStartsCountingAtTheNextWorkingMorning() {
    assertThat(WORKING_WEEK.plusBusinessTime(at("2026-03-07T23:00"), Duration.ofMinutes(30)))
        .isEqualTo(at("2026-03-09T09:30"));
    assertThat(WORKING_WEEK.businessTimeBetween(at("2026-03-06T18:00"), at("2026-03-09T09:00")))
        .isZero();
  }

  @Test
  void aLimitReachedExactlyAtTheEndOfADayIsDueThenNotTheNextMorning() {
    assertThat(WORKING_WEEK.plusBusinessTime(at("2026-03-03T09:00"), Duration.ofHours(9)))
        .isEqualTo(at("2026-03-03T18:00"));
  }

  @Test
  void theLunchBreakDoesNotCount() {
    assertThat(
            WITH_LUNCH_AND_HOLIDAYS.plusBusinessTime(at("2026-03-03T11:30"), Duration.ofHours(1)))
        .isEqualTo(at("2026-03-03T14:00"));
  }

  @Test
  void holidaysAreSkippedAndMakeUpDaysAreWorked() {
    // Friday 13 Feb 17:00 + 2 h: an hour on Friday, then Saturday 14 is a make-up working day
    assertThat(
            WITH_LUNCH_AND_HOLIDAYS.plusBusinessTime(at("2026-02-13T17:00"), Duration.ofHours(2)))
        .isEqualTo(at("2026-02-14T10:00"));
    // Saturday 14 Feb 17:30 + 1 h: the holiday runs to Monday 23, so work resumes Tuesday 24
    assertThat(
            WITH_LUNCH_AND_HOLIDAYS.plusBusinessTime(at("2026-02-14T17:30"), Duration.ofHours(1)))
        .isEqualTo(at("2026-02-24T09:30"));
    assertThat(
            WITH_LUNCH_AND_HOLIDAYS.businessTimeBetween(
                at("2026-02-15T00:00"), at("2026-02-24T00:00")))
        .isZero();
  }

  @Test
  void calendarTimeCountsEveryHour() {
    assertThat(WORKING_WEEK.plus(TimeBasis.CALENDAR, at("2026-03-06T17:00"), Duration.ofHours(24)))
        .isEqualTo(at("2026-03-07T17:00"));
    assertThat(
            WORKING_WEEK.between(
                TimeBasis.CALENDAR, at("2026-03-06T17:00"), at("2026-03-07T17:00")))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void aDayCannotBeBothAHolidayAndAMakeUpDay() {
    assertThatThrownBy(
            () ->
                new BusinessCalendar(
                    new VersionRef("broken", 1),
                    SHANGHAI,
                    WORKING_WEEK.week(),
                    Map.of(LocalDate.of(2026, 2, 14), "holiday"),
                    Map.of(LocalDate.of(2026, 2, 14), DayOfWeek.MONDAY)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2026-02-14");
  }

  @Test
  void overlappingPeriodsAndWeeksWithoutWorkAreRefused() {
    assertThatThrownBy(
            () ->
                new BusinessCalendar(
                    new VersionRef("broken", 1),
                    SHANGHAI,
                    Map.of(
                        DayOfWeek.MONDAY,
                        List.of(
                            WorkingPeriod.parse("09:00-12:00"),
                            WorkingPeriod.parse("11:00-18:00"))),
                    Map.of(),
                    Map.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () -> new BusinessCalendar(new VersionRef("idle", 1), SHANGHAI, Map.of(), null, null))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void workingPeriodsAndTargetsAreReadAsWritten() {
    assertThat(WorkingPeriod.parse("00:00-24:00").minutes()).isEqualTo(24 * 60);
    assertThatThrownBy(() -> WorkingPeriod.parse("18:00-09:00"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> WorkingPeriod.parse("9-18")).isInstanceOf(InvalidValueException.class);
    assertThat(SlaTarget.parse("4h business")).isEqualTo(SlaTarget.business(Duration.ofHours(4)));
    assertThat(SlaTarget.parse("30s").toString()).isEqualTo("30s");
    assertThat(SlaTarget.parse("5bd").toString()).isEqualTo("5bd");
    assertThat(SlaTarget.parse("90m business").toString()).isEqualTo("90m business");
    assertThatThrownBy(() -> SlaTarget.parse("0h")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SlaTarget.parse("5bd business"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SlaTarget.parse("soon")).isInstanceOf(InvalidValueException.class);
  }
}
