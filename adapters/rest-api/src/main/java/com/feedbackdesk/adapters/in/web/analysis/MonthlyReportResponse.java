package com.feedbackdesk.adapters.in.web.analysis;

import com.feedbackdesk.application.analysis.view.DurationFigures;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.analysis.view.Share;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Schema(
    description =
        "The monthly analysis (月度分析) of one calendar month in the business zone. Every figure"
            + " counts what happened in the month: tickets submitted in it, first responses and"
            + " resolutions given in it, clocks decided in it, ratings received in it; so a"
            + " month's figures do not change once it is over (but for verdicts on its quality"
            + " sample). docs/analysis.md defines each figure.")
record MonthlyReportResponse(
    @Schema(example = "2026-11") String month,
    @Schema(description = "The business zone the month is counted in.", example = "Asia/Shanghai")
        String zone,
    @Schema(description = "Whether the month is over, so its figures are final.", example = "true")
        boolean complete,
    @Schema(example = "2026-12-01T08:00:00Z") Instant generatedAt,
    Volume volume,
    @Schema(
            description =
                "Submission to first response, of the first responses given in the month.")
        Durations firstResponse,
    @Schema(
            description =
                "Submission to first resolution, of the first resolutions made in the month.")
        Durations resolution,
    @Schema(
            description =
                "Per SLA clock, the runs decided in the month: met when one ended within its"
                    + " limit, breached when one was found past it.")
        Map<String, Attainment> sla,
    Reopening reopening,
    SatisfactionPayload satisfaction,
    Accuracy classification,
    @Schema(
            description = "A hot spot's share of the month's submissions exceeds this.",
            example = "0.05")
        double hotSpotThreshold,
    @Schema(description = "Categories and products above the threshold, most frequent first.")
        List<HotSpot> hotSpots) {

  @Schema(description = "The month's submissions, by the dimensions as they stood at its end.")
  record Volume(
      @Schema(example = "2000") long total,
      List<ShareLine> byCategory,
      List<ShareLine> byType,
      List<ShareLine> byChannel,
      List<ShareLine> byDepartment,
      @Schema(description = "Only tickets that name a product; shares are of all submissions.")
          List<ShareLine> byProduct) {}

  @Schema(description = "One value of a dimension and its share.")
  record ShareLine(
      @Schema(description = "The value's code; null for none.", example = "CQ02") String key,
      @Schema(example = "logistics") String label,
      @Schema(example = "612") long count,
      @Schema(description = "count over the total, 0 to 1.", example = "0.306") double share) {

    static List<ShareLine> of(List<Share> shares) {
      return shares.stream()
          .map(s -> new ShareLine(s.key(), s.label(), s.count(), s.share()))
          .toList();
    }
  }

  @Schema(description = "The same measure in calendar time and on the business calendar.")
  record Durations(Figures calendar, Figures business) {

    static Durations of(DurationFigures.Both both) {
      return new Durations(Figures.of(both.calendar()), Figures.of(both.business()));
    }
  }

  @Schema(
      description =
          "Hours, rounded to hundredths; median and p90 by nearest rank. Null when count is 0.")
  record Figures(
      @Schema(example = "1540") long count,
      @Schema(example = "6.42") Double meanHours,
      @Schema(example = "3.1") Double medianHours,
      @Schema(example = "17.85") Double p90Hours) {

    static Figures of(DurationFigures figures) {
      return new Figures(
          figures.count(), figures.meanHours(), figures.medianHours(), figures.p90Hours());
    }
  }

  @Schema(description = "Clock runs met and breached in the month.")
  record Attainment(
      @Schema(example = "1320") long met,
      @Schema(example = "220") long breached,
      @Schema(description = "met over met plus breached.", example = "0.857") Double attainment) {}

  @Schema(description = "Reopenings against resolutions in the month.")
  record Reopening(
      @Schema(example = "1710") long resolutions,
      @Schema(example = "171") long reopenings,
      @Schema(
              description = "reopenings over resolutions; null without resolutions.",
              example = "0.1")
          Double rate) {}

  @Schema(description = "How right the classification was, for the tickets closed in the month.")
  record Accuracy(
      @Schema(example = "1380") long closed,
      @Schema(
              description = "Closed tickets the keyword rules made a suggestion for.",
              example = "1380")
          long withSuggestion,
      @Schema(description = "Those closed with the suggested category.", example = "1104")
          long suggestionConfirmed,
      @Schema(description = "suggestionConfirmed over withSuggestion.", example = "0.8")
          Double automatic,
      Sample sample) {}

  @Schema(description = "The quality sample of the month's closed tickets and its review.")
  record Sample(
      @Schema(description = "The sampling rule's version.", example = "sha256:3f9a0c1b2d4e")
          String samplingVersion,
      @Schema(example = "0.3") double rate,
      @Schema(example = "414") long drawn,
      @Schema(description = "drawn over closed.", example = "0.3") Double share,
      @Schema(example = "400") long reviewed,
      @Schema(example = "368") long correct,
      @Schema(description = "correct over reviewed; null before any review.", example = "0.92")
          Double accuracy) {}

  @Schema(description = "A category or product above the threshold.")
  record HotSpot(
      @Schema(allowableValues = {"CATEGORY", "PRODUCT"}) String kind,
      @Schema(example = "CQ02") String key,
      @Schema(example = "logistics") String label,
      @Schema(example = "612") long count,
      @Schema(example = "0.306") double share,
      @Schema(description = "The improvement project it raised; null before the month is closed.")
          ProjectRef project) {}

  @Schema(description = "An improvement project and where it stands.")
  record ProjectRef(
      @Schema(example = "IP-202611-CATEGORY-CQ02") String id,
      @Schema(allowableValues = {"RAISED", "IN_PROGRESS", "COMPLETED"}) String status,
      @Schema(example = "2027-01-01") LocalDate dueOn,
      @Schema(description = "Not completed and past its due day.", example = "false")
          boolean overdue) {}

  static MonthlyReportResponse of(MonthlyReport report) {
    Map<String, Attainment> sla = new TreeMap<>();
    report
        .sla()
        .forEach(
            (clock, o) ->
                sla.put(clock.name(), new Attainment(o.met(), o.breached(), o.attainment())));
    MonthlyReport.Volume v = report.volume();
    MonthlyReport.Accuracy a = report.classification();
    MonthlyReport.Sample s = a.sample();
    return new MonthlyReportResponse(
        report.month().toString(),
        report.zone(),
        report.complete(),
        report.generatedAt(),
        new Volume(
            v.total(),
            ShareLine.of(v.byCategory()),
            ShareLine.of(v.byType()),
            ShareLine.of(v.byChannel()),
            ShareLine.of(v.byDepartment()),
            ShareLine.of(v.byProduct())),
        Durations.of(report.firstResponse()),
        Durations.of(report.resolution()),
        sla,
        new Reopening(
            report.reopening().resolutions(),
            report.reopening().reopenings(),
            report.reopening().rate()),
        SatisfactionPayload.of(report.satisfaction()),
        new Accuracy(
            a.closed(),
            a.withSuggestion(),
            a.suggestionConfirmed(),
            a.automatic(),
            new Sample(
                s.samplingVersion(),
                s.rate(),
                s.drawn(),
                s.share(),
                s.reviewed(),
                s.correct(),
                s.accuracy())),
        report.hotSpotThreshold(),
        report.hotSpots().stream()
            .map(
                h ->
                    new HotSpot(
                        h.kind().name(),
                        h.key(),
                        h.label(),
                        h.count(),
                        h.share(),
                        h.project() == null
                            ? null
                            : new ProjectRef(
                                h.project().id().value(),
                                h.project().status().name(),
                                h.project().dueOn(),
                                h.project().overdue())))
            .toList());
  }
}
