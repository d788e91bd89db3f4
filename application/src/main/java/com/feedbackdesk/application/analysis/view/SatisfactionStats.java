package com.feedbackdesk.application.analysis.view;

import java.time.YearMonth;
import java.util.List;

/**
 * Satisfaction over a range of months, overall and broken down. A rating counts with the ticket's
 * category, department, assignee and channel as they stood at the end of the month it was given in.
 */
public record SatisfactionStats(
    YearMonth from,
    YearMonth to,
    SatisfactionFigures overall,
    List<Group> byMonth,
    List<Group> byCategory,
    List<Group> byDepartment,
    List<Group> byAssignee,
    List<Group> byChannel) {

  /** The figures of the ratings and surveys with one value of a dimension. */
  public record Group(String key, String label, SatisfactionFigures figures) {}
}
