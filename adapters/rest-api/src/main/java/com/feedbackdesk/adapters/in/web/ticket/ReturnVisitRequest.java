package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(
    description =
        "The return visit's outcome (回访). stillSatisfied is required when the customer was"
            + " reached and must be left out when not; false reopens the ticket for the director.")
record ReturnVisitRequest(
    @Schema(description = "Whether the customer was reached.", example = "true") @NotNull
        Boolean reached,
    @Schema(description = "The channel the visit went through.", example = "PHONE") @NotNull
        ContactChannel channel,
    @Schema(description = "Whether the customer is still satisfied.", example = "true")
        Boolean stillSatisfied,
    @Schema(
            description = "Staff's note on the visit.",
            example = "回访：新杯子使用正常，客户表示满意",
            maxLength = TextLimits.REASON)
        @Size(max = TextLimits.REASON)
        String note) {}
