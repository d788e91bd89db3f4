package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.TimeBasis;
import com.feedbackdesk.domain.sla.VersionRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's SLA clocks: the policy that governs it and the latest run of each clock, folded from
 * its SLA events; and the SLA engine's decisions, which are SLA events derived from the ticket's
 * other events and the rules (see docs/sla.md for the table of what starts, pauses and stops each
 * clock).
 *
 * <p>The same code serves the ticket (which records what it decides), the read models (which fold
 * what was recorded) and the question "what would these tickets have attained under another policy"
 * (which decides afresh over the recorded lifecycle, and records nothing). Decisions name no
 * deadlines: the ticket attaches the ones it schedules.
 *
 * <p>Immutable: every change returns a new set.
 */
public final class SlaClocks {

  /** The actor recorded for what the engine decides on its own. */
  public static final Actor ENGINE = Actor.system("sla-engine");

  private static final List<SlaClockKind> AT_REGISTRATION =
      List.of(
          SlaClockKind.ACKNOWLEDGEMENT,
          SlaClockKind.FIRST_RESPONSE,
          SlaClockKind.INVESTIGATION,
          SlaClockKind.RESOLUTION);
  private static final List<SlaClockKind> ANSWERED_BY_A_RESPONSE =
      List.of(
          SlaClockKind.ACKNOWLEDGEMENT, SlaClockKind.FIRST_RESPONSE, SlaClockKind.PLAN_FEEDBACK);

  private static final SlaClocks NONE = new SlaClocks(null, Map.of(), 0);

  private final VersionRef policy;
  private final Map<SlaClockKind, SlaClock> latest;
  private final int breaches;

  /** For snapshots, which are read field by field. */
  private SlaClocks() {
    this(null, Map.of(), 0);
  }

  private SlaClocks(VersionRef policy, Map<SlaClockKind, SlaClock> latest, int breaches) {
    this.policy = policy;
    this.latest = latest;
    this.breaches = breaches;
  }

  public static SlaClocks none() {
    return NONE;
  }

  /** The policy version that governs the ticket, or null before one was applied. */
  public VersionRef policy() {
    return policy;
  }

  /** How many clocks have passed their limit on this ticket. */
  public int breaches() {
    return breaches;
  }

  public Optional<SlaClock> clock(SlaClockKind kind) {
    return Optional.ofNullable(latest.get(kind));
  }

  /** The latest run of each clock that has run, in the order of {@link SlaClockKind}. */
  public Collection<SlaClock> all() {
    return latest.values();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlaClocks that
        && Objects.equals(policy, that.policy)
        && latest.equals(that.latest)
        && breaches == that.breaches;
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, latest, breaches);
  }

  @Override
  public String toString() {
    return "SlaClocks[policy="
        + policy
        + ", breaches="
        + breaches
        + ", clocks="
        + latest.values()
        + "]";
  }

  /**
   * Clocks as stored elsewhere (a read model): the policy, the latest run of each clock, the
   * breaches counted.
   */
  public static SlaClocks of(VersionRef policy, Collection<SlaClock> clocks, int breaches) {
    Map<SlaClockKind, SlaClock> latest = new EnumMap<>(SlaClockKind.class);
    clocks.forEach(clock -> latest.put(clock.kind(), clock));
    return new SlaClocks(policy, Collections.unmodifiableMap(latest), breaches);
  }

  // ---- the fold ----

  /** These clocks after an event: an SLA event changes them, any other leaves them as they are. */
  public SlaClocks apply(TicketEvent event) {
    return event.accept(new Fold());
  }

  /** What each event changes of the clocks. */
  private final class Fold implements TicketEventVisitor<SlaClocks> {

    @Override
    public SlaClocks on(TicketSubmitted event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(ClassificationSuggested event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketClassified event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketAssigned event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketAccepted event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(ReplyPosted event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(InternalNoteAdded event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(InformationRequested event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(CustomerReplied event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketResolved event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(CustomerConfirmationRecorded event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketClosed event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketReopened event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketEscalated event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(TicketClosureAnnounced event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(ReturnVisitRecorded event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(ClassificationReviewed event) {
      return SlaClocks.this;
    }

    @Override
    public SlaClocks on(SlaPolicyApplied event) {
      return new SlaClocks(event.policy(), latest, breaches);
    }

    @Override
    public SlaClocks on(SlaClockStarted event) {
      return with(SlaClock.started(event), breaches);
    }

    @Override
    public SlaClocks on(SlaClockPaused event) {
      return with(current(event.clock()).paused(event), breaches);
    }

    @Override
    public SlaClocks on(SlaClockResumed event) {
      return with(current(event.clock()).resumed(event), breaches);
    }

    @Override
    public SlaClocks on(SlaClockRetargeted event) {
      return with(current(event.clock()).retargeted(event), breaches);
    }

    @Override
    public SlaClocks on(SlaClockStopped event) {
      return with(current(event.clock()).stopped(event), breaches);
    }

    @Override
    public SlaClocks on(SlaReminderRaised event) {
      return with(current(event.clock()).reminded(event), breaches);
    }

    @Override
    public SlaClocks on(SlaBreached event) {
      return with(current(event.clock()).breachedAt(event), breaches + 1);
    }
  }

  private SlaClock current(SlaClockKind kind) {
    SlaClock clock = latest.get(kind);
    if (clock == null) {
      throw new SlaRecordInconsistentException("no " + kind + " clock has started on this ticket");
    }
    return clock;
  }

  private SlaClocks with(SlaClock clock, int breachCount) {
    Map<SlaClockKind, SlaClock> changed = new EnumMap<>(SlaClockKind.class);
    changed.putAll(latest);
    changed.put(clock.kind(), clock);
    return new SlaClocks(policy, Collections.unmodifiableMap(changed), breachCount);
  }

  // ---- the decisions ----

  /**
   * What a ticket event does to the clocks, under these rules: the SLA events to record after it,
   * in order.
   *
   * @param classification the ticket's classification after the event
   */
  public List<SlaEvent> reactTo(TicketEvent event, Classification classification, SlaRules rules) {
    Decisions decisions = new Decisions(this, event.ticketId(), event.at(), rules, classification);
    event.accept(new Reactions(decisions));
    return decisions.made;
  }

  /**
   * What is due at {@code now}: a reminder for each counting clock past its reminder time, a breach
   * for each past its due time.
   */
  public List<SlaEvent> dueAt(TicketId ticketId, Instant now) {
    List<SlaEvent> due = new ArrayList<>();
    for (SlaClock clock : latest.values()) {
      if (!clock.counting()) {
        continue;
      }
      boolean pastDue = !now.isBefore(clock.dueAt()) && clock.breachedAt() == null;
      if (clock.remindAt() != null && !now.isBefore(clock.remindAt())) {
        due.add(
            new SlaReminderRaised(
                ticketId, clock.kind(), clock.run(), clock.dueAt(), null, ENGINE, now));
      }
      if (pastDue) {
        due.add(new SlaBreached(ticketId, clock.kind(), clock.run(), clock.dueAt(), ENGINE, now));
      }
    }
    return due;
  }

  /**
   * Moves the open clocks to another policy version (recording it first) or to the current version
   * of their calendar: each open clock keeps what it has counted and gets the new limit; a clock
   * the new policy does not measure is cancelled. Nothing when nothing changes.
   */
  public List<SlaEvent> retargetTo(
      SlaRules rules, Classification classification, TicketId ticketId, Instant now) {
    Decisions decisions = new Decisions(this, ticketId, now, rules, classification);
    boolean policyChanged = !rules.policy().ref().equals(policy);
    if (policyChanged) {
      decisions.record(new SlaPolicyApplied(ticketId, rules.policy().ref(), ENGINE, now));
    }
    for (SlaClock clock : latest.values()) {
      if (!clock.open()) {
        continue;
      }
      SlaTarget target = decisions.targetOf(clock);
      if (target == null) {
        decisions.cancel(clock.kind());
      } else if (policyChanged) {
        decisions.retarget(clock.kind(), target, SlaRetargetCause.POLICY_CHANGED, ENGINE, null);
      } else if (!clock.calendar().equals(rules.calendar().ref())) {
        decisions.retarget(clock.kind(), target, SlaRetargetCause.CALENDAR_CHANGED, ENGINE, null);
      }
    }
    return decisions.made;
  }

  /**
   * Extends an open clock's limit, as approved by {@code approver}.
   *
   * @throws SlaExtensionRefusedException when the policy does not allow it, the clock is not open,
   *     or the new limit is not longer than the old or beyond the longest the policy allows
   */
  public SlaEvent extend(
      SlaClockKind kind,
      SlaTarget target,
      String reason,
      SlaRules rules,
      Classification classification,
      TicketId ticketId,
      Actor approver,
      Instant now) {
    SlaPolicy governing = rules.policy();
    SlaClock clock = latest.get(kind);
    if (clock == null || !clock.open()) {
      throw new SlaExtensionRefusedException(ticketId, "its " + kind + " clock is not running");
    }
    if (!governing.extendable().contains(kind)) {
      throw new SlaExtensionRefusedException(
          ticketId,
          "policy " + governing.ref() + " does not allow extending the " + kind + " limit");
    }
    if (target.basis() != clock.target().basis()) {
      throw new SlaExtensionRefusedException(
          ticketId,
          "the "
              + kind
              + " limit counts "
              + clock.target().basis().name().toLowerCase(Locale.ROOT)
              + " time; an extension must too");
    }
    BusinessCalendar calendar = rules.calendarOf(clock);
    if (target.budget(calendar).compareTo(clock.budget()) <= 0) {
      throw new SlaExtensionRefusedException(
          ticketId, "an extension must be longer than the current limit of " + clock.target());
    }
    // "at most 30 business days" is counted from the clock's start, whatever either limit's basis
    SlaTarget longest = governing.longestExtended();
    Instant extendedEnd = calendar.plus(target.basis(), clock.startedAt(), target.budget(calendar));
    Instant longestEnd =
        calendar.plus(longest.basis(), clock.startedAt(), longest.budget(calendar));
    if (extendedEnd.isAfter(longestEnd)) {
      throw new SlaExtensionRefusedException(
          ticketId,
          "policy "
              + governing.ref()
              + " allows extending to at most "
              + longest
              + " from the start, not "
              + target);
    }
    Decisions decisions = new Decisions(this, ticketId, now, rules, classification);
    decisions.retarget(kind, target, SlaRetargetCause.EXTENDED, approver, reason);
    return decisions.made.get(0);
  }

  /** What each ticket event starts, pauses, resumes and stops (docs/sla.md has it as a table). */
  private record Reactions(Decisions decisions) implements TicketEventVisitor<Void> {

    @Override
    public Void on(TicketSubmitted event) {
      AT_REGISTRATION.forEach(kind -> decisions.start(kind, false));
      return null;
    }

    @Override
    public Void on(ClassificationSuggested event) {
      return null;
    }

    @Override
    public Void on(TicketClassified event) {
      decisions.stop(SlaClockKind.ACKNOWLEDGEMENT);
      decisions.retargetToClassification();
      return null;
    }

    @Override
    public Void on(TicketAssigned event) {
      decisions.stop(SlaClockKind.ACKNOWLEDGEMENT);
      decisions.cancel(SlaClockKind.ACCEPTANCE);
      decisions.start(SlaClockKind.ACCEPTANCE, false);
      return null;
    }

    @Override
    public Void on(TicketAccepted event) {
      decisions.stop(SlaClockKind.ACKNOWLEDGEMENT);
      decisions.stop(SlaClockKind.ACCEPTANCE);
      decisions.stop(SlaClockKind.INVESTIGATION);
      decisions.cancel(SlaClockKind.PLAN_FEEDBACK);
      decisions.start(SlaClockKind.PLAN_FEEDBACK, false);
      return null;
    }

    @Override
    public Void on(ReplyPosted event) {
      ANSWERED_BY_A_RESPONSE.forEach(decisions::stop);
      return null;
    }

    @Override
    public Void on(InternalNoteAdded event) {
      return null;
    }

    @Override
    public Void on(InformationRequested event) {
      ANSWERED_BY_A_RESPONSE.forEach(decisions::stop);
      decisions.pause(SlaClockKind.RESOLUTION);
      return null;
    }

    @Override
    public Void on(CustomerReplied event) {
      decisions.resume(SlaClockKind.RESOLUTION);
      return null;
    }

    @Override
    public Void on(TicketResolved event) {
      ANSWERED_BY_A_RESPONSE.forEach(decisions::stop);
      decisions.stop(SlaClockKind.RESOLUTION);
      decisions.cancel(SlaClockKind.ACCEPTANCE);
      decisions.cancel(SlaClockKind.INVESTIGATION);
      decisions.start(SlaClockKind.CONFIRMATION, false);
      decisions.cancel(SlaClockKind.RETURN_VISIT);
      decisions.start(SlaClockKind.RETURN_VISIT, false);
      return null;
    }

    @Override
    public Void on(CustomerConfirmationRecorded event) {
      decisions.stop(SlaClockKind.CONFIRMATION);
      return null;
    }

    @Override
    public Void on(TicketClosed event) {
      // the return visit comes after the closure as often as not
      decisions.cancelAllBut(SlaClockKind.RETURN_VISIT);
      return null;
    }

    @Override
    public Void on(TicketReopened event) {
      decisions.cancelAll();
      decisions.start(SlaClockKind.FIRST_RESPONSE, true);
      decisions.start(SlaClockKind.RESOLUTION, true);
      return null;
    }

    @Override
    public Void on(TicketEscalated event) {
      return null;
    }

    @Override
    public Void on(TicketClosureAnnounced event) {
      return null;
    }

    @Override
    public Void on(ReturnVisitRecorded event) {
      decisions.stop(SlaClockKind.RETURN_VISIT);
      return null;
    }

    @Override
    public Void on(ClassificationReviewed event) {
      return null; // a review after the fact measures nothing
    }

    @Override
    public Void on(SlaPolicyApplied event) {
      return null; // the engine's own events decide nothing further
    }

    @Override
    public Void on(SlaClockStarted event) {
      return null; // the engine's own events decide nothing further
    }

    @Override
    public Void on(SlaClockPaused event) {
      return null; // the engine's own events decide nothing further
    }

    @Override
    public Void on(SlaClockResumed event) {
      return null; // the engine's own events decide nothing further
    }

    @Override
    public Void on(SlaClockRetargeted event) {
      return null; // the engine's own events decide nothing further
    }

    @Override
    public Void on(SlaClockStopped event) {
      return null; // the engine's own events decide nothing further
    }

    @Override
    public Void on(SlaReminderRaised event) {
      return null; // the engine's own events decide nothing further
    }

    @Override
    public Void on(SlaBreached event) {
      return null; // the engine's own events decide nothing further
    }
  }

  /**
   * The SLA events of one decision, with the clocks as they stand after each: a decision may stop a
   * clock and start it again.
   */
  private static final class Decisions {

    private SlaClocks clocks;
    private final TicketId ticketId;
    private final Instant now;
    private final SlaRules rules;
    private final Classification classification;
    private final List<SlaEvent> made = new ArrayList<>();

    Decisions(
        SlaClocks clocks,
        TicketId ticketId,
        Instant now,
        SlaRules rules,
        Classification classification) {
      this.clocks = clocks;
      this.ticketId = ticketId;
      this.now = now;
      this.rules = rules;
      this.classification = classification;
    }

    void record(SlaEvent event) {
      made.add(event);
      clocks = clocks.apply(event);
    }

    SlaTarget targetOf(SlaClockKind kind, boolean reopening) {
      return rules.policy().targetsFor(classification, reopening).get(kind);
    }

    /** The limit the rules give a clock already running: a reopened ticket's gets its own. */
    SlaTarget targetOf(SlaClock clock) {
      return targetOf(clock.kind(), clock.run() > 1 && reopenable(clock.kind()));
    }

    void start(SlaClockKind kind, boolean reopening) {
      SlaTarget target = targetOf(kind, reopening);
      if (target == null) {
        return;
      }
      BusinessCalendar calendar = rules.calendar();
      Duration budget = target.budget(calendar);
      int run = clocks.clock(kind).map(SlaClock::run).orElse(0) + 1;
      record(
          new SlaClockStarted(
              ticketId,
              kind,
              run,
              rules.policy().ref(),
              calendar.ref(),
              target,
              budget,
              dueFrom(calendar, target.basis(), budget, Duration.ZERO),
              remindFrom(calendar, target.basis(), budget, Duration.ZERO),
              null,
              ENGINE,
              now));
    }

    void stop(SlaClockKind kind) {
      SlaClock clock = clocks.latest.get(kind);
      if (clock == null || !clock.open()) {
        return;
      }
      Duration elapsed = clock.elapsedAt(now, rules.calendarOf(clock));
      SlaOutcome outcome =
          clock.breachedAt() != null || elapsed.compareTo(clock.budget()) > 0
              ? SlaOutcome.BREACHED
              : SlaOutcome.MET;
      record(new SlaClockStopped(ticketId, kind, clock.run(), outcome, elapsed, ENGINE, now));
    }

    void cancel(SlaClockKind kind) {
      SlaClock clock = clocks.latest.get(kind);
      if (clock == null || !clock.open()) {
        return;
      }
      Duration elapsed = clock.elapsedAt(now, rules.calendarOf(clock));
      record(
          new SlaClockStopped(
              ticketId, kind, clock.run(), SlaOutcome.CANCELLED, elapsed, ENGINE, now));
    }

    void cancelAll() {
      List.copyOf(clocks.latest.keySet()).forEach(this::cancel);
    }

    void cancelAllBut(SlaClockKind kept) {
      List.copyOf(clocks.latest.keySet()).stream()
          .filter(kind -> kind != kept)
          .forEach(this::cancel);
    }

    void pause(SlaClockKind kind) {
      SlaClock clock = clocks.latest.get(kind);
      if (clock == null || !clock.counting()) {
        return;
      }
      Duration elapsed = clock.elapsedAt(now, rules.calendarOf(clock));
      record(new SlaClockPaused(ticketId, kind, clock.run(), elapsed, ENGINE, now));
    }

    void resume(SlaClockKind kind) {
      SlaClock clock = clocks.latest.get(kind);
      if (clock == null || !clock.paused()) {
        return;
      }
      BusinessCalendar calendar = rules.calendarOf(clock);
      TimeBasis basis = clock.target().basis();
      record(
          new SlaClockResumed(
              ticketId,
              kind,
              clock.run(),
              dueFrom(calendar, basis, clock.budget(), clock.elapsed()),
              remindFrom(calendar, basis, clock.budget(), clock.elapsed()),
              null,
              ENGINE,
              now));
    }

    void retargetToClassification() {
      for (SlaClock clock : List.copyOf(clocks.latest.values())) {
        if (!clock.open()) {
          continue;
        }
        SlaTarget target = targetOf(clock);
        if (target != null && !target.equals(clock.target())) {
          retarget(clock.kind(), target, SlaRetargetCause.RECLASSIFIED, ENGINE, null);
        }
      }
    }

    void retarget(
        SlaClockKind kind, SlaTarget target, SlaRetargetCause cause, Actor actor, String note) {
      SlaClock clock = clocks.latest.get(kind);
      Duration elapsed = clock.elapsedAt(now, rules.calendarOf(clock));
      BusinessCalendar calendar = rules.calendar();
      Duration budget = target.budget(calendar);
      boolean counting = clock.counting();
      record(
          new SlaClockRetargeted(
              ticketId,
              kind,
              clock.run(),
              cause,
              rules.policy().ref(),
              calendar.ref(),
              target,
              budget,
              elapsed,
              counting ? dueFrom(calendar, target.basis(), budget, elapsed) : null,
              counting ? remindFrom(calendar, target.basis(), budget, elapsed) : null,
              null,
              note,
              actor,
              now));
    }

    private static boolean reopenable(SlaClockKind kind) {
      return kind == SlaClockKind.FIRST_RESPONSE || kind == SlaClockKind.RESOLUTION;
    }

    /** When a clock with this much counted, counting from now, reaches its limit. */
    private Instant dueFrom(
        BusinessCalendar calendar, TimeBasis basis, Duration budget, Duration elapsed) {
      Duration remaining = budget.minus(elapsed);
      return remaining.isNegative() || remaining.isZero()
          ? now
          : calendar.plus(basis, now, remaining);
    }

    /** When its reminder comes, or null when it is past the reminder's share already. */
    private Instant remindFrom(
        BusinessCalendar calendar, TimeBasis basis, Duration budget, Duration elapsed) {
      Duration point = budget.multipliedBy(rules.policy().reminderPercent()).dividedBy(100);
      return elapsed.compareTo(point) < 0 ? calendar.plus(basis, now, point.minus(elapsed)) : null;
    }
  }
}
