package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

@Schema(description = "What the customer wrote on the ticket.")
record CustomerReplyRequest(
    @Schema(description = "The customer's text.", example = "照片已上传", maxLength = TextLimits.MESSAGE)
        @NotBlank
        @Size(max = TextLimits.MESSAGE)
        String message,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "Photos and videos uploaded before (POST /api/v1/attachments) by the"
                            + " caller, by id; at most feedbackdesk.attachments.max-per-item (9).",
                    example = "[\"0b6f6a8e-5d1c-4f3e-9a57-2f1e4c8d9b10\"]"),
            schema = @Schema(maxLength = 64))
        @Size(max = 100)
        List<@NotBlank @Size(max = 64) String> attachments) {}
