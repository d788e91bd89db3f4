package com.feedbackdesk.adapters.in.web.improvement;

import com.feedbackdesk.application.improvement.view.ImprovementProjectView;
import com.feedbackdesk.application.improvement.view.TrackedProject;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(
    description =
        "An improvement project (专项改进) a hot spot of a month's feedback raised: a category or"
            + " product above 5% of the month's submissions. Tracked from RAISED through"
            + " IN_PROGRESS (owner, lead, plan, progress notes) to COMPLETED (outcome).")
record ImprovementProjectResponse(
    @Schema(example = "IP-202611-CATEGORY-CQ02") String id,
    @Schema(description = "The month whose report found the hot spot.", example = "2026-11")
        String month,
    @Schema(allowableValues = {"CATEGORY", "PRODUCT"}) String subject,
    @Schema(description = "The category code or the product.", example = "CQ02") String subjectKey,
    @Schema(example = "物流服务 logistics") String subjectLabel,
    @Schema(description = "The month's submissions it had.", example = "612") long tickets,
    @Schema(description = "Their share of the month's submissions.", example = "0.306")
        double share,
    @Schema(description = "The share a hot spot exceeds.", example = "0.05") double threshold,
    @Schema(description = "To be completed by this day.", example = "2027-01-01") LocalDate dueOn,
    @Schema(description = "Not completed and past its due day.", example = "false") boolean overdue,
    @Schema(allowableValues = {"RAISED", "IN_PROGRESS", "COMPLETED"}) String status,
    @Schema(description = "The department that owns it.", example = "WAREHOUSE_LOGISTICS")
        String owner,
    @Schema(description = "Who leads it.", example = "li.na") String lead,
    @Schema(example = "更换快递包装供应商，增加易碎品缓冲层") String plan,
    List<Note> progress,
    @Schema(description = "What it changed, once completed.", example = "破损投诉下降 40%")
        String outcome,
    @Schema(example = "system:month-close") String raisedBy,
    @Schema(example = "2026-12-01T01:00:00Z") Instant raisedAt,
    Instant startedAt,
    Instant completedAt) {

  @Schema(description = "A progress note.")
  record Note(
      @Schema(example = "新包装在华东仓试点") String note,
      @Schema(example = "agent:wang.director") String by,
      Instant at) {}

  static ImprovementProjectResponse of(TrackedProject tracked) {
    ImprovementProjectView project = tracked.project();
    return new ImprovementProjectResponse(
        project.id().value(),
        project.month(),
        project.subject().name(),
        project.subjectKey(),
        project.subjectLabel(),
        project.tickets(),
        project.share(),
        project.threshold(),
        project.dueOn(),
        tracked.overdue(),
        project.status().name(),
        project.owner() == null ? null : project.owner().code(),
        project.lead(),
        project.plan(),
        project.progress().stream()
            .map(n -> new Note(n.note(), n.by().toString(), n.at()))
            .toList(),
        project.outcome(),
        project.raisedBy().toString(),
        project.raisedAt(),
        project.startedAt(),
        project.completedAt());
  }
}
