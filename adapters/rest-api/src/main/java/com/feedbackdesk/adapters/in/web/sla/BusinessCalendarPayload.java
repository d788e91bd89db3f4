package com.feedbackdesk.adapters.in.web.sla;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.sla.WorkingPeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A business calendar version, as the API reads and writes it and calendar files are written. */
@Schema(
    description =
        "A business calendar (营业日历): the zone, working hours per weekday, public holidays and"
            + " make-up working days (调休), each working the hours of the weekday named.")
public record BusinessCalendarPayload(
    @Schema(
            description = "The calendar's name (read only).",
            example = "cn-mainland",
            accessMode = Schema.AccessMode.READ_ONLY)
        String id,
    @Schema(
            description = "The version (read only).",
            example = "2",
            accessMode = Schema.AccessMode.READ_ONLY)
        Integer version,
    @Schema(description = "The time zone of the working hours.", example = "Asia/Shanghai")
        @NotBlank
        String zone,
    @Schema(
            description = "Working periods per weekday; a weekday left out is a day off.",
            example =
                "{\"MONDAY\": [\"09:00-12:00\", \"13:30-18:00\"], \"TUESDAY\": [\"09:00-18:00\"]}")
        @NotNull
        Map<DayOfWeek, List<String>> week,
    @Schema(
            description = "Public holidays, each with its name.",
            example = "{\"2026-10-01\": \"国庆节\"}")
        Map<LocalDate, String> holidays,
    @Schema(
            description =
                "Days off that are worked (调休), each with the weekday whose hours it works.",
            example = "{\"2026-10-10\": \"FRIDAY\"}")
        Map<LocalDate, DayOfWeek> makeUpWorkingDays) {

  /** The domain's calendar under the reference given. */
  public BusinessCalendar toCalendar(VersionRef ref) {
    if (zone == null || week == null) { // validated in a request body; a file is read as is
      throw new InvalidValueException("week", "a calendar names its zone and working week");
    }
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new InvalidValueException(
          "zone", "'" + zone + "' is not a time zone, e.g. Asia/Shanghai");
    }
    Map<DayOfWeek, List<WorkingPeriod>> periods = new EnumMap<>(DayOfWeek.class);
    week.forEach(
        (day, written) ->
            periods.put(
                day,
                written == null ? List.of() : written.stream().map(WorkingPeriod::parse).toList()));
    return new BusinessCalendar(ref, zoneId, periods, holidays, makeUpWorkingDays);
  }

  public static BusinessCalendarPayload of(BusinessCalendar calendar) {
    Map<DayOfWeek, List<String>> week = new TreeMap<>();
    calendar
        .week()
        .forEach(
            (day, periods) -> {
              if (!periods.isEmpty()) {
                week.put(day, periods.stream().map(WorkingPeriod::toString).toList());
              }
            });
    return new BusinessCalendarPayload(
        calendar.ref().id(),
        calendar.ref().version(),
        calendar.zone().getId(),
        week,
        new TreeMap<>(calendar.holidays()),
        new TreeMap<>(calendar.makeUpWorkingDays()));
  }
}
