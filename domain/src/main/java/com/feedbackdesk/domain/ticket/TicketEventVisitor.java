package com.feedbackdesk.domain.ticket;

/**
 * Something computed from ticket events, with one method for every kind of event: whatever folds
 * events (the aggregate's state, the lifecycle's status, each read model) implements this, so that
 * a new event that a fold does not handle is a compilation error, not an event silently ignored.
 * There are deliberately no default methods: a fold on which an event has no effect says so.
 *
 * <p>Java 17, the supported minimum, has no exhaustive {@code switch} over a sealed interface's
 * records; this visitor gives the same guarantee. {@link TicketEvent#accept} dispatches to it.
 *
 * @param <R> what the fold computes from one event
 */
public interface TicketEventVisitor<R> {

  R on(TicketSubmitted event);

  R on(ClassificationSuggested event);

  R on(TicketClassified event);

  R on(TicketAssigned event);

  R on(TicketAccepted event);

  R on(ReplyPosted event);

  R on(InternalNoteAdded event);

  R on(InformationRequested event);

  R on(CustomerReplied event);

  R on(TicketResolved event);

  R on(CustomerConfirmationRecorded event);

  R on(TicketClosed event);

  R on(TicketReopened event);

  R on(TicketEscalated event);

  R on(TicketClosureAnnounced event);

  R on(ReturnVisitRecorded event);

  R on(ClassificationReviewed event);

  // the SLA engine's events (SlaEvent)

  R on(SlaPolicyApplied event);

  R on(SlaClockStarted event);

  R on(SlaClockPaused event);

  R on(SlaClockResumed event);

  R on(SlaClockRetargeted event);

  R on(SlaClockStopped event);

  R on(SlaReminderRaised event);

  R on(SlaBreached event);
}
