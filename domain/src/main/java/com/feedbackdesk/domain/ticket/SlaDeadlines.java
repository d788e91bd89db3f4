package com.feedbackdesk.domain.ticket;

import org.axonframework.deadline.DeadlineManager;

/**
 * The durable deadlines behind a ticket's clocks: at most one pending per clock, for its reminder
 * or else its due time. The deadline's id is recorded in the event that armed it, so the next event
 * on that clock can cancel it.
 */
final class SlaDeadlines {

  private SlaDeadlines() {}

  /**
   * The decided event with the deadline it needs scheduled and named; the clock's pending deadline
   * is cancelled first when the event stops, pauses or retargets the clock.
   *
   * @param before the clocks before the event
   * @param breachFollows whether a breach of the same clock is recorded right after this event (a
   *     reminder and a breach due at once), so that no deadline is needed for it
   */
  static SlaEvent arm(
      SlaEvent event, SlaClocks before, DeadlineManager deadlines, boolean breachFollows) {
    return event.accept(new Arming(before, deadlines, breachFollows));
  }

  private record Arming(SlaClocks before, DeadlineManager deadlines, boolean breachFollows)
      implements TicketEventVisitor<SlaEvent> {

    private String schedule(SlaClockKind clock, int run, java.time.Instant at) {
      return at == null
          ? null
          : deadlines.schedule(at, SlaDeadline.NAME, new SlaDeadline(clock, run, at));
    }

    private void cancelPending(SlaClockKind clock) {
      before
          .clock(clock)
          .map(SlaClock::deadlineId)
          .ifPresent(id -> deadlines.cancelSchedule(SlaDeadline.NAME, id));
    }

    private static java.time.Instant wakeUp(
        java.time.Instant remindAt, java.time.Instant dueAt, boolean breached) {
      if (remindAt != null) {
        return remindAt;
      }
      return breached ? null : dueAt;
    }

    @Override
    public SlaEvent on(SlaPolicyApplied event) {
      return event;
    }

    @Override
    public SlaEvent on(SlaClockStarted event) {
      cancelPending(event.clock());
      String id =
          schedule(event.clock(), event.run(), wakeUp(event.remindAt(), event.dueAt(), false));
      return new SlaClockStarted(
          event.ticketId(),
          event.clock(),
          event.run(),
          event.policy(),
          event.calendar(),
          event.target(),
          event.budget(),
          event.dueAt(),
          event.remindAt(),
          id,
          event.actor(),
          event.at());
    }

    @Override
    public SlaEvent on(SlaClockPaused event) {
      cancelPending(event.clock());
      return event;
    }

    @Override
    public SlaEvent on(SlaClockResumed event) {
      cancelPending(event.clock());
      boolean breached = before.clock(event.clock()).map(SlaClock::breached).orElse(false);
      String id =
          schedule(event.clock(), event.run(), wakeUp(event.remindAt(), event.dueAt(), breached));
      return new SlaClockResumed(
          event.ticketId(),
          event.clock(),
          event.run(),
          event.dueAt(),
          event.remindAt(),
          id,
          event.actor(),
          event.at());
    }

    @Override
    public SlaEvent on(SlaClockRetargeted event) {
      cancelPending(event.clock());
      boolean breached = before.clock(event.clock()).map(SlaClock::breached).orElse(false);
      String id =
          event.dueAt() == null
              ? null
              : schedule(
                  event.clock(), event.run(), wakeUp(event.remindAt(), event.dueAt(), breached));
      return new SlaClockRetargeted(
          event.ticketId(),
          event.clock(),
          event.run(),
          event.cause(),
          event.policy(),
          event.calendar(),
          event.target(),
          event.budget(),
          event.elapsed(),
          event.dueAt(),
          event.remindAt(),
          id,
          event.note(),
          event.actor(),
          event.at());
    }

    @Override
    public SlaEvent on(SlaClockStopped event) {
      cancelPending(event.clock());
      return event;
    }

    @Override
    public SlaEvent on(SlaReminderRaised event) {
      // the deadline that woke the ticket for the reminder has fired: nothing to cancel
      String id = breachFollows ? null : schedule(event.clock(), event.run(), event.dueAt());
      return new SlaReminderRaised(
          event.ticketId(),
          event.clock(),
          event.run(),
          event.dueAt(),
          id,
          event.actor(),
          event.at());
    }

    @Override
    public SlaEvent on(SlaBreached event) {
      return event; // the deadline that woke the ticket for it has fired
    }

    // ---- not SLA events: never decided by the engine ----

    private static SlaEvent notDecided(TicketEvent event) {
      throw new SlaRecordInconsistentException(
          event.getClass().getSimpleName() + " is not an SLA event");
    }

    @Override
    public SlaEvent on(TicketSubmitted event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(ClassificationSuggested event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketClassified event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketAssigned event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketAccepted event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(ReplyPosted event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(InternalNoteAdded event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(InformationRequested event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(CustomerReplied event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketResolved event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(CustomerConfirmationRecorded event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketClosed event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketReopened event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketEscalated event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(TicketClosureAnnounced event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(ReturnVisitRecorded event) {
      return notDecided(event);
    }

    @Override
    public SlaEvent on(ClassificationReviewed event) {
      return notDecided(event);
    }
  }
}
