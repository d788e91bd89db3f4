package com.feedbackdesk.adapters.in.web.analysis;

import com.feedbackdesk.application.analysis.view.SatisfactionFigures;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

@Schema(
    description =
        "The satisfaction survey's results. A survey counts in the month its outcome became known:"
            + " answered when the customer rated, unanswered when the ticket was closed or reopened"
            + " without a rating.")
record SatisfactionPayload(
    @Schema(
            description = "Ratings per level (满意, 基本满意, 不满意).",
            example = "{\"SATISFIED\": 820, \"BASICALLY_SATISFIED\": 240, \"UNSATISFIED\": 130}")
        Map<String, Long> ratings,
    @Schema(example = "1190") long rated,
    @Schema(example = "310") long unanswered,
    @Schema(
            description = "Satisfied plus basically satisfied over all ratings; null without any.",
            example = "0.8908")
        Double csat,
    @Schema(
            description = "Ratings over surveys that ended (rated plus unanswered).",
            example = "0.7933")
        Double responseRate) {

  static SatisfactionPayload of(SatisfactionFigures figures) {
    Map<String, Long> ratings = new LinkedHashMap<>();
    figures.ratings().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> ratings.put(entry.getKey().name(), entry.getValue()));
    return new SatisfactionPayload(
        ratings, figures.rated(), figures.unanswered(), figures.csat(), figures.responseRate());
  }
}
