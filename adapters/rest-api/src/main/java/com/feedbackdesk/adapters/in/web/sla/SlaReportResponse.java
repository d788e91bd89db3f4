package com.feedbackdesk.adapters.in.web.sla;

import com.feedbackdesk.application.sla.view.SlaClockReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Schema(description = "Clock runs that passed, or are close to, their limit, with counts over all.")
record SlaReportResponse(
    @Schema(description = "The time the report was computed for.") Instant asOf,
    @Schema(description = "How many clock runs match in all.", example = "3") long total,
    @Schema(
            description = "Matching runs per clock.",
            example = "{\"RESOLUTION\": 2, \"ACCEPTANCE\": 1}")
        Map<String, Long> byClock,
    @Schema(description = "Matching runs per priority.", example = "{\"P1\": 1, \"P2\": 2}")
        Map<String, Long> byPriority,
    @Schema(
            description = "Matching runs per lead department.",
            example = "{\"WAREHOUSE_LOGISTICS\": 3}")
        Map<String, Long> byDepartment,
    @Schema(description = "The runs, up to the limit asked for.") List<SlaClockPayload> items) {

  static SlaReportResponse of(SlaClockReport report) {
    Map<String, Long> byClock = new TreeMap<>();
    report.byClock().forEach((k, v) -> byClock.put(k.name(), v));
    Map<String, Long> byPriority = new TreeMap<>();
    report.byPriority().forEach((k, v) -> byPriority.put(k.name(), v));
    Map<String, Long> byDepartment = new TreeMap<>();
    report.byDepartment().forEach((k, v) -> byDepartment.put(k.code(), v));
    return new SlaReportResponse(
        report.asOf(),
        report.total(),
        byClock,
        byPriority,
        byDepartment,
        report.items().stream().map(SlaClockPayload::of).toList());
  }
}
