package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "The handler accepts the ticket (接单) and records a first plan.")
record AcceptanceRequest(
    @Schema(
            description = "Staff id of the accepting handler.",
            example = "li.na",
            maxLength = TextLimits.PERSON)
        @NotBlank
        @Size(max = TextLimits.PERSON)
        String assignee,
    @Schema(description = "The first plan.", example = "已联系物流方核实", maxLength = TextLimits.SUMMARY)
        @NotBlank
        @Size(max = TextLimits.SUMMARY)
        String plan) {}
