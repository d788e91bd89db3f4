package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's quality sample: the closed tickets drawn for supervisors to review, in ticket-number
 * order.
 *
 * @param closed how many tickets were closed in the month
 */
public record QualitySample(
    YearMonth month, String samplingVersion, double rate, long closed, List<Entry> tickets) {

  public QualitySample {
    tickets = List.copyOf(tickets);
  }

  /**
   * One drawn ticket.
   *
   * @param category the category it was closed with in the month
   * @param suggested the keyword classifier's category, or null
   * @param review the latest verdict, or null while unreviewed
   */
  public record Entry(
      TicketId ticketId,
      TicketNumber number,
      Category category,
      Category suggested,
      ClassificationReview review) {}
}
