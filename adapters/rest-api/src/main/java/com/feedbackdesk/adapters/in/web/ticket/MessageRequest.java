package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "A message written by a member of staff.")
record MessageRequest(
    @Schema(
            description =
                "Staff id of the author: the caller, from the token. Optional; if given it must be"
                    + " the caller's own.",
            example = "li.na",
            maxLength = TextLimits.PERSON)
        @Size(max = TextLimits.PERSON)
        String author,
    @Schema(description = "The text.", example = "请提供破损处的照片", maxLength = TextLimits.MESSAGE)
        @NotBlank
        @Size(max = TextLimits.MESSAGE)
        String message) {}
