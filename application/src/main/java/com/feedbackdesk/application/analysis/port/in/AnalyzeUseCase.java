package com.feedbackdesk.application.analysis.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.analysis.view.QualitySample;
import com.feedbackdesk.application.analysis.view.RecordedReview;
import com.feedbackdesk.application.analysis.view.SatisfactionStats;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.domain.ticket.Category;
import java.time.YearMonth;

/** The statistics, the monthly analysis and the classification's quality review. */
public interface AnalyzeUseCase {

  /**
   * Satisfaction over the months from {@code from} to {@code to}, at most {@link
   * #MAX_MONTHS_PER_QUERY} of them; {@code to} defaults to the current month of the business zone,
   * {@code from} to {@code to}.
   */
  SatisfactionStats satisfaction(Caller caller, YearMonth from, YearMonth to);

  MonthlyReport monthlyReport(Caller caller, YearMonth month);

  /** The month's quality sample: its closed tickets drawn for review, and the verdicts so far. */
  QualitySample qualitySample(Caller caller, YearMonth month);

  /**
   * Records a supervisor's verdict on the classification a sampled ticket was closed with.
   *
   * @throws NotInQualitySampleException when the ticket was not closed in the month or not drawn
   */
  RecordedReview reviewClassification(
      Caller caller,
      TicketReference ticket,
      YearMonth month,
      boolean correct,
      Category correctCategory,
      String note);

  int MAX_MONTHS_PER_QUERY = 36;
}
