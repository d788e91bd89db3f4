package com.feedbackdesk.adapters.in.web.sla;

import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(
    description =
        "Extend a clock's limit for a complex case (complaint plan 4.1.4): the caller, a supervisor"
            + " or director, is recorded as approving it.")
public record SlaExtensionRequest(
    @Schema(description = "The clock whose limit is extended.", example = "RESOLUTION") @NotNull
        SlaClockKind clock,
    @Schema(
            description =
                "The new limit, longer than the current one and within the policy's longest.",
            example = "30bd")
        @NotBlank
        String target,
    @Schema(description = "Why.", example = "需要第三方检测报告", maxLength = TextLimits.REASON)
        @NotBlank
        @Size(max = TextLimits.REASON)
        String reason) {}
