package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketType;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What happened to one ticket within one calendar month of the business zone: the facts the monthly
 * figures are summed from. Each event counts in the month it happened in, so a month's facts are
 * final once the month is over; only a supervisor's verdict on the month's quality sample, which
 * names the month, still changes them.
 *
 * @param type the ticket's type at its last event in the month; likewise the category, priority,
 *     department, assignee
 * @param product the product the ticket is about, or null when it names none
 * @param submitted whether the ticket was submitted in this month
 * @param firstResponse submission to the first reply, question or resolution to the customer, when
 *     that happened in this month; {@code firstResponseBusiness} the same on the ticket's business
 *     calendar (null when the ticket has no calendar)
 * @param resolution submission to the ticket's first resolution, when that happened in this month
 * @param resolutions how many times the ticket was resolved in this month
 * @param reopenings how many times it was reopened in this month
 * @param met per SLA clock, the runs that ended within their limit in this month
 * @param breached per SLA clock, the runs found past their limit in this month
 * @param ratings per level, the satisfaction ratings the customer gave in this month
 * @param unanswered the surveys that ended in this month without a rating (the ticket was closed or
 *     reopened while its customer had not answered)
 * @param closed whether the ticket was closed in this month; {@code suggestedCategory} and {@code
 *     closedCategory} are the keyword suggestion and the category at that closure
 * @param review the supervisor's latest verdict on the classification, when the ticket is in this
 *     month's quality sample and has been reviewed
 */
public record MonthFacts(
    TicketId ticketId,
    TicketNumber number,
    YearMonth month,
    TicketType type,
    Category category,
    Priority priority,
    Channel channel,
    Department department,
    String assignee,
    String product,
    boolean submitted,
    Duration firstResponse,
    Duration firstResponseBusiness,
    Duration resolution,
    Duration resolutionBusiness,
    int resolutions,
    int reopenings,
    Map<SlaClockKind, Integer> met,
    Map<SlaClockKind, Integer> breached,
    Map<Satisfaction, Integer> ratings,
    int unanswered,
    boolean closed,
    Category suggestedCategory,
    Category closedCategory,
    ClassificationReview review) {

  public MonthFacts {
    met = frozen(SlaClockKind.class, met);
    breached = frozen(SlaClockKind.class, breached);
    ratings = frozen(Satisfaction.class, ratings);
  }

  private static <K extends Enum<K>> Map<K, Integer> frozen(Class<K> type, Map<K, Integer> map) {
    Map<K, Integer> copy = new EnumMap<>(type);
    if (map != null) {
      map.forEach(
          (key, count) -> {
            if (count != null && count > 0) {
              copy.put(key, count);
            }
          });
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The same facts with the supervisor's latest verdict on the month's sample. */
  public MonthFacts withReview(ClassificationReview verdict) {
    return new MonthFacts(
        ticketId,
        number,
        month,
        type,
        category,
        priority,
        channel,
        department,
        assignee,
        product,
        submitted,
        firstResponse,
        firstResponseBusiness,
        resolution,
        resolutionBusiness,
        resolutions,
        reopenings,
        met,
        breached,
        ratings,
        unanswered,
        closed,
        suggestedCategory,
        closedCategory,
        verdict);
  }

  /** How many ratings the customer gave in this month. */
  public int rated() {
    return ratings.values().stream().mapToInt(Integer::intValue).sum();
  }
}
