package com.feedbackdesk.adapters.in.web.analysis;

import com.feedbackdesk.domain.ticket.Category;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

@Schema(
    description = "A supervisor's verdict on the classification a sampled ticket was closed with.")
record ClassificationReviewRequest(
    @Schema(description = "The sample's month, YYYY-MM.", example = "2026-11")
        @NotNull
        @Pattern(regexp = "\\d{4}-\\d{2}", message = "a month is written YYYY-MM")
        String month,
    @Schema(description = "Whether the category at closure was right.", example = "false") @NotNull
        Boolean correct,
    @Schema(
            description = "The right category: required when correct is false, else omitted.",
            example = "CQ01")
        Category correctCategory,
    @Schema(example = "the parcel arrived intact; the goods themselves were faulty") String note) {}
