package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.ticket.ClassificationReviewed;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.ClassificationSuggestion;
import com.feedbackdesk.domain.ticket.ClosureReason;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.CustomerReplied;
import com.feedbackdesk.domain.ticket.InformationRequested;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.ReturnVisitRecorded;
import com.feedbackdesk.domain.ticket.SlaBreached;
import com.feedbackdesk.domain.ticket.SlaClockPaused;
import com.feedbackdesk.domain.ticket.SlaClockResumed;
import com.feedbackdesk.domain.ticket.SlaClockRetargeted;
import com.feedbackdesk.domain.ticket.SlaClockStarted;
import com.feedbackdesk.domain.ticket.SlaClockStopped;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.SlaPolicyApplied;
import com.feedbackdesk.domain.ticket.SlaReminderRaised;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketClosureAnnounced;
import com.feedbackdesk.domain.ticket.TicketEscalated;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketEventVisitor;
import com.feedbackdesk.domain.ticket.TicketReopened;
import com.feedbackdesk.domain.ticket.TicketResolved;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a person handling the ticket reads about it: its {@link TicketSummary} plus the
 * description, the automatic suggestion, the plan, the resolution and the customer's verdict. (The
 * conversation and every change are in the ticket's history.)
 *
 * @param suggestion what the keyword rules proposed at submission, null until then
 * @param plan the handler's first plan, from the latest acceptance
 * @param resolution the latest resolution; kept after a reopening so the next one can be compared
 * @param confirmation the customer's latest verdict on a resolution
 * @param handlingSummary the summary the ticket was closed with (处理总结)
 * @param clocks its SLA clocks and the policy that governs it
 * @param closureReason why it was closed: confirmed by the customer or by timeout; null while open
 * @param returnVisit the latest return visit's outcome; null until one is recorded after the latest
 *     resolution
 * @param attachments the photos and videos of the submission and the customer's replies, in the
 *     order they came (metadata; the bytes are downloaded by id)
 */
public record TicketView(
    TicketSummary summary,
    String description,
    ClassificationSuggestion suggestion,
    String plan,
    Instant acceptedAt,
    ResolutionDetails resolution,
    ConfirmationDetails confirmation,
    String handlingSummary,
    Instant closedAt,
    SlaClocks clocks,
    ClosureReason closureReason,
    ReturnVisitDetails returnVisit,
    List<AttachmentRef> attachments) {

  public TicketView {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /**
   * Folds the ticket's next event into its view.
   *
   * @param current the view so far, or null before the ticket's first event
   * @param sequence the event's sequence number within the ticket's stream
   * @throws TicketEventOutOfOrderException when the event is not the ticket's next one
   */
  public static TicketView fold(TicketView current, TicketEvent event, long sequence) {
    TicketEventOutOfOrderException.requireNext(
        event.ticketId(), current == null ? -1 : current.version(), sequence);
    if (current == null) {
      if (!(event instanceof TicketSubmitted submitted)) {
        throw new TicketEventOutOfOrderException(event.ticketId(), 0, sequence);
      }
      return new TicketView(
          TicketSummary.of(submitted, sequence),
          submitted.description(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          SlaClocks.none(),
          null,
          null,
          submitted.attachments());
    }
    return current.apply(event, sequence);
  }

  private TicketView apply(TicketEvent event, long sequence) {
    TicketView changed = event.accept(new Changes(this));
    return new TicketView(
        summary.apply(event, sequence),
        description,
        changed.suggestion,
        changed.plan,
        changed.acceptedAt,
        changed.resolution,
        changed.confirmation,
        changed.handlingSummary,
        changed.closedAt,
        clocks.apply(event),
        changed.closureReason,
        changed.returnVisit,
        event instanceof CustomerReplied replied && !replied.attachments().isEmpty()
            ? Stream.concat(attachments.stream(), replied.attachments().stream()).toList()
            : attachments);
  }

  private TicketView withClosure(ClosureReason reason, ReturnVisitDetails visit) {
    return new TicketView(
        summary,
        description,
        suggestion,
        plan,
        acceptedAt,
        resolution,
        confirmation,
        handlingSummary,
        closedAt,
        clocks,
        reason,
        visit,
        attachments);
  }

  /** The view with what an event changes beyond the summary changed; the summary is apply's. */
  private record Changes(TicketView before) implements TicketEventVisitor<TicketView> {

    @Override
    public TicketView on(TicketSubmitted event) {
      return before; // only ever a ticket's first event: see fold
    }

    @Override
    public TicketView on(ClassificationSuggested event) {
      return with(
          new ClassificationSuggestion(event.suggestion(), event.matchedRules()),
          before.plan,
          before.acceptedAt,
          before.resolution,
          before.confirmation,
          before.handlingSummary,
          before.closedAt);
    }

    @Override
    public TicketView on(TicketClassified event) {
      return before;
    }

    @Override
    public TicketView on(TicketAssigned event) {
      // a new assignment waits for a new acceptance and its plan
      return accepted(null, null);
    }

    @Override
    public TicketView on(TicketAccepted event) {
      return accepted(event.plan(), event.at());
    }

    @Override
    public TicketView on(ReplyPosted event) {
      return before;
    }

    @Override
    public TicketView on(InternalNoteAdded event) {
      return before;
    }

    @Override
    public TicketView on(InformationRequested event) {
      return before;
    }

    @Override
    public TicketView on(CustomerReplied event) {
      return before;
    }

    @Override
    public TicketView on(TicketResolved event) {
      ResolutionDetails resolution =
          new ResolutionDetails(
              event.resolutionType(),
              event.summary(),
              event.amount(),
              event.cost(),
              event.responsibility(),
              event.improvements(),
              event.closesUnconfirmedAt(),
              event.actor(),
              event.at());
      return with(
              before.suggestion,
              before.plan,
              before.acceptedAt,
              resolution,
              before.confirmation,
              before.handlingSummary,
              before.closedAt)
          .withClosure(before.closureReason, null);
    }

    @Override
    public TicketView on(CustomerConfirmationRecorded event) {
      ConfirmationDetails confirmation =
          new ConfirmationDetails(
              event.resolved(), event.satisfaction(), event.comment(), event.at());
      return with(
          before.suggestion,
          before.plan,
          before.acceptedAt,
          before.resolution,
          confirmation,
          before.handlingSummary,
          before.closedAt);
    }

    @Override
    public TicketView on(TicketClosed event) {
      return closed(event.handlingSummary(), event.at())
          .withClosure(event.reason(), before.returnVisit);
    }

    @Override
    public TicketView on(TicketReopened event) {
      return closed(null, null).withClosure(null, before.returnVisit);
    }

    @Override
    public TicketView on(TicketEscalated event) {
      return before;
    }

    @Override
    public TicketView on(TicketClosureAnnounced event) {
      return before; // the closing time is the resolution's
    }

    @Override
    public TicketView on(ReturnVisitRecorded event) {
      return before.withClosure(
          before.closureReason,
          new ReturnVisitDetails(
              event.reached(),
              event.channel(),
              event.stillSatisfied(),
              event.note(),
              event.actor(),
              event.at()));
    }

    @Override
    public TicketView on(ClassificationReviewed event) {
      return before; // a verdict on the record; the history shows it
    }

    private TicketView accepted(String plan, Instant acceptedAt) {
      return with(
          before.suggestion,
          plan,
          acceptedAt,
          before.resolution,
          before.confirmation,
          before.handlingSummary,
          before.closedAt);
    }

    private TicketView closed(String handlingSummary, Instant closedAt) {
      return with(
          before.suggestion,
          before.plan,
          before.acceptedAt,
          before.resolution,
          before.confirmation,
          handlingSummary,
          closedAt);
    }

    private TicketView with(
        ClassificationSuggestion suggestion,
        String plan,
        Instant acceptedAt,
        ResolutionDetails resolution,
        ConfirmationDetails confirmation,
        String handlingSummary,
        Instant closedAt) {
      return new TicketView(
          before.summary,
          before.description,
          suggestion,
          plan,
          acceptedAt,
          resolution,
          confirmation,
          handlingSummary,
          closedAt,
          before.clocks,
          before.closureReason,
          before.returnVisit,
          before.attachments);
    }

    @Override
    public TicketView on(SlaPolicyApplied event) {
      return before; // the clocks fold it: see apply
    }

    @Override
    public TicketView on(SlaClockStarted event) {
      return before; // the clocks fold it: see apply
    }

    @Override
    public TicketView on(SlaClockPaused event) {
      return before; // the clocks fold it: see apply
    }

    @Override
    public TicketView on(SlaClockResumed event) {
      return before; // the clocks fold it: see apply
    }

    @Override
    public TicketView on(SlaClockRetargeted event) {
      return before; // the clocks fold it: see apply
    }

    @Override
    public TicketView on(SlaClockStopped event) {
      return before; // the clocks fold it: see apply
    }

    @Override
    public TicketView on(SlaReminderRaised event) {
      return before; // the clocks fold it: see apply
    }

    @Override
    public TicketView on(SlaBreached event) {
      return before; // the clocks fold it: see apply
    }
  }

  public long version() {
    return summary.version();
  }
}
