package com.feedbackdesk.adapters.in.web.analysis;

import com.feedbackdesk.application.analysis.view.SatisfactionStats;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(
    description =
        "Satisfaction over a range of months, overall and broken down. A rating counts with the"
            + " ticket's category, department, assignee and channel as they stood at the end of the"
            + " month it was given in.")
record SatisfactionStatsResponse(
    @Schema(example = "2026-09") String from,
    @Schema(example = "2026-11") String to,
    SatisfactionPayload overall,
    List<Group> byMonth,
    List<Group> byCategory,
    List<Group> byDepartment,
    List<Group> byAssignee,
    List<Group> byChannel) {

  @Schema(description = "The figures of one value of a dimension.")
  record Group(
      @Schema(description = "The value's code; null for none.", example = "CQ02") String key,
      @Schema(example = "logistics") String label,
      SatisfactionPayload figures) {}

  static SatisfactionStatsResponse of(SatisfactionStats stats) {
    return new SatisfactionStatsResponse(
        stats.from().toString(),
        stats.to().toString(),
        SatisfactionPayload.of(stats.overall()),
        groups(stats.byMonth()),
        groups(stats.byCategory()),
        groups(stats.byDepartment()),
        groups(stats.byAssignee()),
        groups(stats.byChannel()));
  }

  private static List<Group> groups(List<SatisfactionStats.Group> groups) {
    return groups.stream()
        .map(g -> new Group(g.key(), g.label(), SatisfactionPayload.of(g.figures())))
        .toList();
  }
}
