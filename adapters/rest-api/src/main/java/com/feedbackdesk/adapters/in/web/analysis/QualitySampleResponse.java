package com.feedbackdesk.adapters.in.web.analysis;

import com.feedbackdesk.application.analysis.view.ClassificationReview;
import com.feedbackdesk.application.analysis.view.QualitySample;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Schema(
    description =
        "A month's quality sample (质检抽样): the closed tickets drawn for supervisors to review"
            + " the classification, in ticket-number order. A ticket is drawn when a SHA-256 of"
            + " the month and its id falls below the rate: reproducible by anyone, and a ticket"
            + " never leaves the sample once drawn.")
record QualitySampleResponse(
    @Schema(example = "2026-11") String month,
    @Schema(description = "The sampling rule's version.", example = "sha256:3f9a0c1b2d4e")
        String samplingVersion,
    @Schema(example = "0.3") double rate,
    @Schema(description = "Tickets closed in the month.", example = "1380") long closed,
    @Schema(example = "414") long drawn,
    @Schema(example = "120") long reviewed,
    List<Entry> tickets) {

  @Schema(description = "One drawn ticket and its verdict.")
  record Entry(
      @Schema(example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") String ticketId,
      @Schema(example = "FW20261103042") String number,
      @Schema(description = "The category it was closed with in the month.", example = "CQ02")
          String category,
      @Schema(description = "The keyword rules' suggestion; null when none.", example = "CQ01")
          String suggested,
      @Schema(description = "The latest verdict; null while unreviewed.") Review review) {}

  @Schema(description = "A supervisor's verdict.")
  record Review(
      @Schema(example = "false") boolean correct,
      @Schema(description = "The category the supervisor holds right.", example = "CQ01")
          String category,
      @Schema(example = "sha256:3f9a0c1b2d4e") String samplingVersion,
      @Schema(example = "chen.jing") String reviewer,
      @Schema(example = "2026-12-03T02:15:00Z") Instant at) {

    static Review of(ClassificationReview review) {
      return review == null
          ? null
          : new Review(
              review.correct(),
              review.category().name(),
              review.samplingVersion(),
              review.reviewer(),
              review.at());
    }
  }

  static QualitySampleResponse of(QualitySample sample) {
    return new QualitySampleResponse(
        sample.month().toString(),
        sample.samplingVersion(),
        sample.rate(),
        sample.closed(),
        sample.tickets().size(),
        sample.tickets().stream().filter(t -> t.review() != null).count(),
        sample.tickets().stream()
            .map(
                t ->
                    new Entry(
                        t.ticketId().toString(),
                        t.number().value(),
                        t.category() == null ? null : t.category().name(),
                        t.suggested() == null ? null : t.suggested().name(),
                        Review.of(t.review())))
            .toList());
  }
}
