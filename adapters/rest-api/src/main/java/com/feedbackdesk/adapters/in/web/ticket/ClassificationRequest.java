package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TicketType;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(
    description =
        "A person confirms or corrects the classification. Parts left out stay as they are; an"
            + " empty body confirms the current classification.")
record ClassificationRequest(
    @Schema(example = "COMPLAINT") TicketType type,
    @Schema(example = "CQ01") Category category,
    @Schema(example = "P1") Priority priority) {}
