package com.feedbackdesk.application.sla.view;

import com.feedbackdesk.domain.sla.TimeBasis;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * One clock run of one ticket, as the breaches and at-risk lists show it.
 *
 * @param state COUNTING, PAUSED, or how it ended (MET, BREACHED, CANCELLED)
 * @param elapsed the time of its basis counted by the time of the query
 * @param remaining what was left of its limit then: negative once past it
 */
public record SlaClockEntry(
    TicketId ticketId,
    TicketNumber number,
    TicketStatus status,
    Priority priority,
    Department department,
    String assignee,
    SlaClockKind clock,
    int run,
    String state,
    String target,
    TimeBasis basis,
    String policy,
    String calendar,
    Instant startedAt,
    Instant dueAt,
    Instant breachedAt,
    Instant stoppedAt,
    Duration elapsed,
    Duration remaining) {

  /** The state a clock run is in. */
  public static String stateOf(SlaClock clock) {
    if (clock.open()) {
      return clock.counting() ? "COUNTING" : "PAUSED";
    }
    return clock.outcome().name();
  }
}
