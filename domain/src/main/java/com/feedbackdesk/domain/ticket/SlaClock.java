package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of a clock on a ticket, as its SLA events have left it.
 *
 * @param run counts this clock's starts on the ticket from 1
 * @param policy the policy version its limit comes from
 * @param calendar the calendar version its business time follows
 * @param budget the time of its basis it may run: the target on that calendar
 * @param startedAt when it started
 * @param elapsed the time counted until {@code countingSince} (or until it paused or stopped)
 * @param countingSince since when it has been counting, or null while paused or once stopped
 * @param dueAt when its limit is reached if it keeps running; null while paused
 * @param remindAt when its reminder comes; null when it has come or will not
 * @param breachedAt when it was found past its limit, or null
 * @param outcome how it ended, or null while it is open
 * @param deadlineId the durable deadline that wakes the ticket for it, or null
 */
public record SlaClock(
    SlaClockKind kind,
    int run,
    VersionRef policy,
    VersionRef calendar,
    SlaTarget target,
    Duration budget,
    Instant startedAt,
    Duration elapsed,
    Instant countingSince,
    Instant dueAt,
    Instant remindAt,
    Instant breachedAt,
    SlaOutcome outcome,
    Instant stoppedAt,
    String deadlineId) {

  static SlaClock started(SlaClockStarted event) {
    return new SlaClock(
        event.clock(),
        event.run(),
        event.policy(),
        event.calendar(),
        event.target(),
        event.budget(),
        event.at(),
        Duration.ZERO,
        event.at(),
        event.dueAt(),
        event.remindAt(),
        null,
        null,
        null,
        event.deadlineId());
  }

  public boolean open() {
    return outcome == null;
  }

  public boolean counting() {
    return open() && countingSince != null;
  }

  public boolean paused() {
    return open() && countingSince == null;
  }

  public boolean breached() {
    return breachedAt != null || outcome == SlaOutcome.BREACHED;
  }

  /** The next instant this clock needs the ticket woken: its reminder, else its due time. */
  public Instant nextWakeUp() {
    if (!counting()) {
      return null;
    }
    if (remindAt != null) {
      return remindAt;
    }
    return breachedAt == null ? dueAt : null;
  }

  /** The time of its basis it has counted by {@code now}, on its own calendar. */
  public Duration elapsedAt(Instant now, BusinessCalendar ownCalendar) {
    if (!counting()) {
      return elapsed;
    }
    return elapsed.plus(ownCalendar.between(target.basis(), countingSince, now));
  }

  /** What is left of its budget by {@code now}; negative once it is past its limit. */
  public Duration remainingAt(Instant now, BusinessCalendar ownCalendar) {
    return budget.minus(elapsedAt(now, ownCalendar));
  }

  SlaClock paused(SlaClockPaused event) {
    return new SlaClock(
        kind,
        run,
        policy,
        calendar,
        target,
        budget,
        startedAt,
        event.elapsed(),
        null,
        null,
        null,
        breachedAt,
        null,
        null,
        null);
  }

  SlaClock resumed(SlaClockResumed event) {
    return new SlaClock(
        kind,
        run,
        policy,
        calendar,
        target,
        budget,
        startedAt,
        elapsed,
        event.at(),
        event.dueAt(),
        event.remindAt(),
        breachedAt,
        null,
        null,
        event.deadlineId());
  }

  SlaClock retargeted(SlaClockRetargeted event) {
    return new SlaClock(
        kind,
        run,
        event.policy(),
        event.calendar(),
        event.target(),
        event.budget(),
        startedAt,
        event.elapsed(),
        countingSince == null ? null : event.at(),
        event.dueAt(),
        event.remindAt(),
        breachedAt,
        null,
        null,
        event.deadlineId());
  }

  SlaClock stopped(SlaClockStopped event) {
    return new SlaClock(
        kind,
        run,
        policy,
        calendar,
        target,
        budget,
        startedAt,
        event.elapsed(),
        null,
        dueAt,
        null,
        breachedAt,
        event.outcome(),
        event.at(),
        null);
  }

  SlaClock reminded(SlaReminderRaised event) {
    return new SlaClock(
        kind,
        run,
        policy,
        calendar,
        target,
        budget,
        startedAt,
        elapsed,
        countingSince,
        dueAt,
        null,
        breachedAt,
        null,
        null,
        event.deadlineId());
  }

  SlaClock breachedAt(SlaBreached event) {
    return new SlaClock(
        kind,
        run,
        policy,
        calendar,
        target,
        budget,
        startedAt,
        elapsed,
        countingSince,
        dueAt,
        null,
        event.at(),
        null,
        null,
        null);
  }
}
