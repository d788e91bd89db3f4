package com.feedbackdesk.application.sla.view;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search of the SLA read model. Every filter is optional; a set filter matches any of its values.
 *
 * @param from the start of the time range (breaches: breached at or after; at-risk: due at or
 *     after)
 * @param to the end of the time range, exclusive
 * @param limit how many runs to list at most (the counts are over all that match)
 */
public record SlaClockQuery(
    Department department,
    String assignee,
    Set<Priority> priorities,
    Set<SlaClockKind> clocks,
    Instant from,
    Instant to,
    int limit) {

  public static final int MAX_LIMIT = 500;
  public static final Duration LONGEST_RANGE = Duration.ofDays(400);

  public SlaClockQuery {
    // an empty parameter (clock=) names no value
    priorities = withoutNulls(priorities);
    clocks = withoutNulls(clocks);
    if (from != null && to != null && !to.isAfter(from)) {
      throw new InvalidValueException("to", "the range must end after it starts");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException(
          "limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  private static <T> Set<T> withoutNulls(Set<T> values) {
    return values == null
        ? Set.of()
        : values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
  }

  /** The same query for one department only. */
  public SlaClockQuery withDepartment(Department lead) {
    return new SlaClockQuery(lead, assignee, priorities, clocks, from, to, limit);
  }

  public boolean matchesClock(SlaClockKind kind) {
    return clocks.isEmpty() || clocks.contains(kind);
  }

  /** Whether an instant lies in the range (either end open when not given). */
  public boolean inRange(Instant instant) {
    return instant != null
        && (from == null || !instant.isBefore(from))
        && (to == null || instant.isBefore(to));
  }
}
