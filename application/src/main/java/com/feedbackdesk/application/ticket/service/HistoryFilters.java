package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.domain.ticket.ClassificationReviewed;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
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

/**
 * What of a ticket's history a caller who may not see it all is shown, event by event (a visitor: a
 * new event must be decided on here too, or nothing compiles).
 */
public final class HistoryFilters {

  private HistoryFilters() {}

  /**
   * A customer sees the conversation and the outcome: their submission, replies, requests for
   * information, the resolution without its internal cost, their confirmation, closing and
   * reopening. The internal work (notes, classification, assignment, acceptance, escalation, SLA
   * clocks) is left out.
   */
  public static TicketEventVisitor<TicketEvent> forCustomer() {
    return new TicketEventVisitor<>() {
      @Override
      public TicketEvent on(TicketSubmitted event) {
        return event;
      }

      @Override
      public TicketEvent on(ClassificationSuggested event) {
        return null;
      }

      @Override
      public TicketEvent on(TicketClassified event) {
        return null;
      }

      @Override
      public TicketEvent on(TicketAssigned event) {
        return null;
      }

      @Override
      public TicketEvent on(TicketAccepted event) {
        return null;
      }

      @Override
      public TicketEvent on(ReplyPosted event) {
        return event;
      }

      @Override
      public TicketEvent on(InternalNoteAdded event) {
        return null;
      }

      @Override
      public TicketEvent on(InformationRequested event) {
        return event;
      }

      @Override
      public TicketEvent on(CustomerReplied event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketResolved event) {
        return new TicketResolved(
            event.ticketId(),
            event.resolutionType(),
            event.summary(),
            event.amount(),
            null,
            event.responsibility(),
            event.improvements(),
            event.closesUnconfirmedAt(),
            event.actor(),
            event.at());
      }

      @Override
      public TicketEvent on(CustomerConfirmationRecorded event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketClosed event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketReopened event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketEscalated event) {
        return null;
      }

      @Override
      public TicketEvent on(TicketClosureAnnounced event) {
        return event;
      }

      @Override
      public TicketEvent on(ReturnVisitRecorded event) {
        // that the visit happened is theirs to see; the note is staff's
        return new ReturnVisitRecorded(
            event.ticketId(),
            event.reached(),
            event.channel(),
            event.stillSatisfied(),
            null,
            event.actor(),
            event.at());
      }

      @Override
      public TicketEvent on(ClassificationReviewed event) {
        return null; // quality review is internal work
      }

      @Override
      public TicketEvent on(SlaPolicyApplied event) {
        return null; // the clocks are internal work
      }

      @Override
      public TicketEvent on(SlaClockStarted event) {
        return null; // the clocks are internal work
      }

      @Override
      public TicketEvent on(SlaClockPaused event) {
        return null; // the clocks are internal work
      }

      @Override
      public TicketEvent on(SlaClockResumed event) {
        return null; // the clocks are internal work
      }

      @Override
      public TicketEvent on(SlaClockRetargeted event) {
        return null; // the clocks are internal work
      }

      @Override
      public TicketEvent on(SlaClockStopped event) {
        return null; // the clocks are internal work
      }

      @Override
      public TicketEvent on(SlaReminderRaised event) {
        return null; // the clocks are internal work
      }

      @Override
      public TicketEvent on(SlaBreached event) {
        return null; // the clocks are internal work
      }
    };
  }

  /** An analyst sees every event, with the customer's personal data pseudonymized. */
  public static TicketEventVisitor<TicketEvent> pseudonymized(Pseudonyms pseudonyms) {
    return new TicketEventVisitor<>() {
      @Override
      public TicketEvent on(TicketSubmitted event) {
        return new TicketSubmitted(
            event.ticketId(),
            event.number(),
            event.channel(),
            pseudonyms.of(event.customer()),
            event.orderNumber(),
            event.product(),
            event.region(),
            event.description(),
            event.occurredAt(),
            event.classification(),
            event.customerView(),
            event.attachments(),
            event.actor(),
            event.at());
      }

      @Override
      public TicketEvent on(ClassificationSuggested event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketClassified event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketAssigned event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketAccepted event) {
        return event;
      }

      @Override
      public TicketEvent on(ReplyPosted event) {
        return event;
      }

      @Override
      public TicketEvent on(InternalNoteAdded event) {
        return event;
      }

      @Override
      public TicketEvent on(InformationRequested event) {
        return event;
      }

      @Override
      public TicketEvent on(CustomerReplied event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketResolved event) {
        return event;
      }

      @Override
      public TicketEvent on(CustomerConfirmationRecorded event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketClosed event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketReopened event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketEscalated event) {
        return event;
      }

      @Override
      public TicketEvent on(TicketClosureAnnounced event) {
        return event;
      }

      @Override
      public TicketEvent on(ReturnVisitRecorded event) {
        return event;
      }

      @Override
      public TicketEvent on(ClassificationReviewed event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaPolicyApplied event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaClockStarted event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaClockPaused event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaClockResumed event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaClockRetargeted event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaClockStopped event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaReminderRaised event) {
        return event;
      }

      @Override
      public TicketEvent on(SlaBreached event) {
        return event;
      }
    };
  }
}
