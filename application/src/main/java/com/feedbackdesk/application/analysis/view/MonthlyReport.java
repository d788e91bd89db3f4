package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.application.sla.view.SlaAttainment;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.improvement.ImprovementSubject;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The monthly analysis (月度分析) of one calendar month in the business zone, summed from the analysis
 * read model. Every figure counts what happened in the month: tickets submitted in it, first
 * responses and resolutions given in it, clocks decided in it, ratings received in it.
 *
 * @param complete whether the month is over, so that its figures no longer change (but for
 *     supervisors' verdicts on its quality sample)
 * @param volume the tickets submitted in the month, by the dimensions as they stood at the month's
 *     end
 * @param firstResponse submission to first response, of the first responses given in the month
 * @param resolution submission to first resolution, of the first resolutions made in the month
 * @param sla per clock, the runs decided in the month: met when one ended within its limit,
 *     breached when one was found past it
 * @param hotSpots every category, and every product, whose share of the month's submissions is
 *     above the threshold, most frequent first
 */
public record MonthlyReport(
    YearMonth month,
    String zone,
    boolean complete,
    Instant generatedAt,
    Volume volume,
    DurationFigures.Both firstResponse,
    DurationFigures.Both resolution,
    Map<SlaClockKind, SlaAttainment.Outcomes> sla,
    Reopening reopening,
    SatisfactionFigures satisfaction,
    Accuracy classification,
    double hotSpotThreshold,
    List<HotSpot> hotSpots) {

  public MonthlyReport {
    sla = Map.copyOf(sla);
    hotSpots = List.copyOf(hotSpots);
  }

  /** The month's submissions, overall and by dimension (most frequent first). */
  public record Volume(
      long total,
      List<Share> byCategory,
      List<Share> byType,
      List<Share> byChannel,
      List<Share> byDepartment,
      List<Share> byProduct) {}

  /**
   * Reopenings against resolutions in the month.
   *
   * @param rate reopenings over resolutions, or null without resolutions
   */
  public record Reopening(long resolutions, long reopenings, Double rate) {}

  /**
   * How right the classification was, for the tickets closed in the month.
   *
   * @param withSuggestion the closed tickets the keyword classifier had made a suggestion for
   * @param suggestionConfirmed those closed with the suggested category
   * @param automatic {@code suggestionConfirmed} over {@code withSuggestion}, or null
   * @param sample the supervisors' review of the month's quality sample
   */
  public record Accuracy(
      long closed,
      long withSuggestion,
      long suggestionConfirmed,
      Double automatic,
      Sample sample) {}

  /**
   * The quality sample of the month's closed tickets and its review.
   *
   * @param drawn the closed tickets in the sample
   * @param share {@code drawn} over the closed tickets, or null when none closed
   * @param correct the reviewed tickets whose category at closure the supervisor found right
   * @param accuracy {@code correct} over {@code reviewed}, or null before any review
   */
  public record Sample(
      String samplingVersion,
      double rate,
      long drawn,
      Double share,
      long reviewed,
      long correct,
      Double accuracy) {}

  /**
   * A category or product above the threshold, and the improvement project it raised.
   *
   * @param project the improvement project raised for it, or null before the month is closed
   */
  public record HotSpot(
      ImprovementSubject kind,
      String key,
      String label,
      long count,
      double share,
      ProjectRef project) {}

  /** The improvement project a hot spot raised, and where it stands. */
  public record ProjectRef(
      ImprovementProjectId id, ImprovementStatus status, LocalDate dueOn, boolean overdue) {}
}
