package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.domain.ticket.Satisfaction;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The satisfaction survey's results over a set of month facts. A survey counts in the month its
 * outcome became known: answered when the customer rated, unanswered when the ticket was closed or
 * reopened without a rating.
 *
 * @param ratings per level, how many ratings were given (every level present)
 * @param csat satisfied plus basically satisfied over all ratings, or null without ratings
 * @param responseRate ratings over surveys that ended (rated plus unanswered), or null when none
 *     did
 */
public record SatisfactionFigures(
    Map<Satisfaction, Long> ratings,
    long rated,
    long unanswered,
    Double csat,
    Double responseRate) {

  public SatisfactionFigures {
    ratings = Map.copyOf(ratings);
  }

  public static SatisfactionFigures of(Collection<MonthFacts> facts) {
    Map<Satisfaction, Long> ratings = new EnumMap<>(Satisfaction.class);
    for (Satisfaction level : Satisfaction.values()) {
      ratings.put(level, 0L);
    }
    long unanswered = 0;
    for (MonthFacts month : facts) {
      month.ratings().forEach((level, count) -> ratings.merge(level, (long) count, Long::sum));
      unanswered += month.unanswered();
    }
    long rated = ratings.values().stream().mapToLong(Long::longValue).sum();
    long accepting =
        ratings.get(Satisfaction.SATISFIED) + ratings.get(Satisfaction.BASICALLY_SATISFIED);
    long ended = rated + unanswered;
    return new SatisfactionFigures(
        ratings,
        rated,
        unanswered,
        rated == 0 ? null : (double) accepting / rated,
        ended == 0 ? null : (double) rated / ended);
  }
}
