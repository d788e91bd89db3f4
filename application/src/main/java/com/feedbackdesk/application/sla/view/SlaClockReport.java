package com.feedbackdesk.application.sla.view;

import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer to a breaches or at-risk query: the matching clock runs (up to the limit, most urgent
 * or most recent first) and counts over all of them.
 */
public record SlaClockReport(
    Instant asOf,
    long total,
    Map<SlaClockKind, Long> byClock,
    Map<Priority, Long> byPriority,
    Map<Department, Long> byDepartment,
    List<SlaClockEntry> items) {

  public SlaClockReport {
    byClock = Map.copyOf(byClock);
    byPriority = Map.copyOf(byPriority);
    byDepartment = Map.copyOf(byDepartment);
    items = List.copyOf(items);
  }
}
