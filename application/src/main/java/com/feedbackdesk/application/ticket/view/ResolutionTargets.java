package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each priority may take to resolve, used to order the work queue by deadline. These are
 * wall-clock durations from registration: a provisional reading of the SOP's table (P1 24 h, P2 48
 * h, P3 72 h, P4 5 days) until SLA clocks on business calendars, with pauses while the customer is
 * asked, replace them.
 */
public final class ResolutionTargets {

  private final Map<Priority, Duration> resolveWithin;

  public ResolutionTargets(Map<Priority, Duration> resolveWithin) {
    this.resolveWithin = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      Duration target = resolveWithin.get(priority);
      if (target == null || target.isNegative() || target.isZero()) {
        throw new InvalidValueException(
            "resolveWithin", "priority " + priority + " needs a positive resolution target");
      }
      this.resolveWithin.put(priority, target);
    }
  }

  /** The SOP's defaults. */
  public static ResolutionTargets defaults() {
    return new ResolutionTargets(
        Map.of(
            Priority.P1, Duration.ofHours(24),
            Priority.P2, Duration.ofHours(48),
            Priority.P3, Duration.ofHours(72),
            Priority.P4, Duration.ofDays(5)));
  }

  public Instant dueAt(Instant registeredAt, Priority priority) {
    return registeredAt.plus(resolveWithin.get(priority));
  }
}
