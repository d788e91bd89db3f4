package com.feedbackdesk.adapters.in.web.analysis;

import com.feedbackdesk.adapters.in.web.RequestValues;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.analysis.port.in.AnalyzeUseCase;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.analysis.view.QualitySample;
import com.feedbackdesk.application.analysis.view.RecordedReview;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.domain.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The satisfaction statistics, the monthly analysis and the classification's quality review. */
@RestController
@Tag(
    name = "Analysis",
    description =
        "Satisfaction statistics, the monthly report (JSON or CSV) and the quality sample that"
            + " supervisors review; summed from the analysis read model (docs/analysis.md).")
class AnalysisController {

  private final AnalyzeUseCase analysis;

  AnalysisController(AnalyzeUseCase analysis) {
    this.analysis = analysis;
  }

  @Operation(
      summary = "Satisfaction statistics",
      description =
          "Counts per level, CSAT (satisfied plus basically satisfied over rated) and the"
              + " survey's response rate, overall and by month, category, department, assignee"
              + " and channel, over the months from `from` to `to` (at most "
              + AnalyzeUseCase.MAX_MONTHS_PER_QUERY
              + "; both default to the current month of the business zone).")
  @GetMapping(path = "/api/v1/stats/satisfaction", produces = MediaType.APPLICATION_JSON_VALUE)
  SatisfactionStatsResponse satisfaction(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "The first month, YYYY-MM.", example = "2026-09")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "The last month, YYYY-MM.", example = "2026-11")
          @RequestParam(required = false)
          String to) {
    return SatisfactionStatsResponse.of(
        analysis.satisfaction(
            caller, RequestValues.month("from", from), RequestValues.month("to", to)));
  }

  @Operation(
      summary = "The monthly report",
      description =
          "Volume by category, type, channel and department; first-response and resolution"
              + " times (mean, median, p90, calendar and business); SLA attainment per clock;"
              + " reopen rate; satisfaction; classification accuracy (automatic, and the"
              + " reviewed sample); and the hot spots above 5% of the month's feedback. As CSV"
              + " with `Accept: text/csv` (UTF-8 with BOM, one figure a row).")
  @ApiResponse(
      responseCode = "200",
      description = "The report.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = MonthlyReportResponse.class)),
        @Content(
            mediaType = MonthlyReportCsv.MEDIA_TYPE,
            schema =
                @Schema(
                    type = "string",
                    example =
                        "section,dimension,key,label,metric,value\r\n"
                            + "volume,category,CQ02,logistics,count,612\r\n"))
      })
  @GetMapping(path = "/api/v1/reports/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
  MonthlyReportResponse monthly(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "The month, YYYY-MM.", example = "2026-11", required = true)
          @RequestParam
          String month) {
    return MonthlyReportResponse.of(report(caller, month));
  }

  @Operation(hidden = true)
  @GetMapping(path = "/api/v1/reports/monthly", produces = MonthlyReportCsv.MEDIA_TYPE)
  ResponseEntity<byte[]> monthlyCsv(
      @Parameter(hidden = true) Caller caller, @RequestParam String month) {
    MonthlyReport report = report(caller, month);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(MonthlyReportCsv.MEDIA_TYPE + ";charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"feedback-report-" + report.month() + ".csv\"")
        .body(MonthlyReportCsv.of(report));
  }

  private MonthlyReport report(Caller caller, String month) {
    return analysis.monthlyReport(caller, required("month", month));
  }

  private static YearMonth required(String parameter, String value) {
    YearMonth month = RequestValues.month(parameter, value);
    if (month == null) {
      throw new InvalidValueException(parameter, "the month is required, written YYYY-MM");
    }
    return month;
  }

  @Operation(
      summary = "The month's quality sample",
      description =
          "The closed tickets drawn for the supervisors' review of the classification (30% by"
              + " default), each with the category it was closed with and the latest verdict.")
  @GetMapping(path = "/api/v1/quality/samples/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
  QualitySampleResponse sample(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "The month, YYYY-MM.", example = "2026-11") @PathVariable
          String month) {
    QualitySample sample = analysis.qualitySample(caller, required("month", month));
    return QualitySampleResponse.of(sample);
  }

  @Schema(description = "The verdict as recorded on the ticket.")
  record ClassificationReviewResponse(
      @Schema(example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") String ticketId,
      @Schema(example = "FW20261103042") String number,
      @Schema(example = "2026-11") String month,
      @Schema(
              description = "The category the ticket was closed with in the month.",
              example = "CQ02")
          String reviewedCategory,
      QualitySampleResponse.Review review) {}

  @Operation(
      summary = "Review a sampled ticket's classification",
      description =
          "A supervisor's verdict on the category a ticket in the month's quality sample was"
              + " closed with: right, or wrong with the right category. Recorded on the ticket"
              + " (ClassificationReviewed, with the sampling rule's version); the latest verdict"
              + " counts in the month's reported accuracy. 409 when the ticket is not in the"
              + " sample.")
  @PostMapping(
      path = "/api/v1/tickets/{ref}/classification-reviews",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ClassificationReviewResponse review(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "The ticket's id or number.", example = "FW20261103042")
          @PathVariable
          String ref,
      @Valid @RequestBody ClassificationReviewRequest body) {
    YearMonth month = required("month", body.month());
    RecordedReview recorded =
        analysis.reviewClassification(
            caller,
            TicketReference.of(ref),
            month,
            body.correct(),
            body.correctCategory(),
            body.note());
    return new ClassificationReviewResponse(
        recorded.ticketId().toString(),
        recorded.number().value(),
        recorded.month().toString(),
        recorded.reviewedCategory().name(),
        QualitySampleResponse.Review.of(recorded.review()));
  }
}
