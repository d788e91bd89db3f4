package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(
    description =
        "The customer's verdict (结果确认). SATISFIED or BASICALLY_SATISFIED closes the ticket;"
            + " UNSATISFIED, or resolved=false, reopens it and escalates it to the director.")
record ConfirmationRequest(
    @Schema(description = "Whether the problem is solved.", example = "true") @NotNull
        Boolean resolved,
    @Schema(
            description =
                "Required when resolved is true; counts as UNSATISFIED when left out with resolved=false.",
            example = "SATISFIED")
        Satisfaction satisfaction,
    @Schema(
            description = "The customer's comment.",
            example = "处理很快，谢谢",
            maxLength = TextLimits.REASON)
        @Size(max = TextLimits.REASON)
        String comment) {}
