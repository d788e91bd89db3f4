package com.feedbackdesk.adapters.in.web.improvement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the improvement projects' operations. */
final class ImprovementProjectRequests {

  private ImprovementProjectRequests() {}

  @Schema(description = "The month whose hot spots raise projects; it must be over.")
  record Raising(
      @Schema(example = "2026-11")
          @NotNull
          @Pattern(regexp = "\\d{4}-\\d{2}", message = "a month is written YYYY-MM")
          String month) {}

  @Schema(description = "Takes the project on.")
  record Start(
      @Schema(description = "The department that owns it.", example = "WAREHOUSE_LOGISTICS")
          @NotBlank
          String owner,
      @Schema(description = "Who leads it (a staff id).", example = "li.na")
          @NotBlank
          @Size(max = 64)
          String lead,
      @Schema(example = "更换快递包装供应商，增加易碎品缓冲层") @NotBlank @Size(max = 5000) String plan) {}

  @Schema(description = "A note on the project's progress.")
  record Progress(@Schema(example = "新包装在华东仓试点") @NotBlank @Size(max = 5000) String note) {}

  @Schema(description = "Completes the project.")
  record Completion(
      @Schema(description = "What it changed.", example = "破损投诉下降 40%") @NotBlank @Size(max = 5000)
          String outcome) {}
}
