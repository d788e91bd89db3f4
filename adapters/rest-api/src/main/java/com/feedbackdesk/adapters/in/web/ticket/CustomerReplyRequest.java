package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "What the customer wrote on the ticket.")
record CustomerReplyRequest(
    @Schema(description = "The customer's text.", example = "照片已上传", maxLength = TextLimits.MESSAGE)
        @NotBlank
        @Size(max = TextLimits.MESSAGE)
        String message) {}
