package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Reopen a resolved or closed ticket.")
record ReopeningRequest(
    @Schema(description = "Why.", example = "补发的杯子也破了", maxLength = TextLimits.REASON)
        @NotBlank
        @Size(max = TextLimits.REASON)
        String reason) {}
