package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.ClassificationReviewed;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.CustomerReplied;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.InformationRequested;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.Priority;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which messages each ticket event calls for (docs/notifications.md has it as a table): the
 * customer hears that the case was received and when to expect contact, every question and reply,
 * the result, the request to confirm before an automatic closure, and the return visit's outcome;
 * staff hear of work assigned to them, of urgent tickets, of reminders and of escalations.
 */
final class NotificationPolicy {

  private NotificationPolicy() {}

  /**
   * @param ticket the ticket as it stands after the event and the SLA engine's decisions on it
   */
  static List<Intent> decide(TicketEvent event, TicketView ticket) {
    return event.accept(new Decisions(ticket));
  }

  private record Decisions(TicketView ticket) implements TicketEventVisitor<List<Intent>> {

    private static List<Intent> none() {
      return List.of();
    }

    @Override
    public List<Intent> on(TicketSubmitted event) {
      List<Intent> intents = new ArrayList<>();
      intents.add(Intent.toCustomer(MessagePurpose.ACKNOWLEDGEMENT, Map.of()));
      if (event.classification().priority() == Priority.P1) {
        intents.add(urgent());
      }
      return intents;
    }

    private Intent urgent() {
      return Intent.toStaff(
          MessagePurpose.STAFF_URGENT,
          Set.of(),
          true,
          ticket.summary().department(),
          false,
          Map.of());
    }

    @Override
    public List<Intent> on(ClassificationSuggested event) {
      return none();
    }

    @Override
    public List<Intent> on(TicketClassified event) {
      boolean becameUrgent =
          event.classification().priority() == Priority.P1
              && event.previous().priority() != Priority.P1;
      return becameUrgent ? List.of(urgent()) : none();
    }

    @Override
    public List<Intent> on(TicketAssigned event) {
      Map<String, Object> values =
          event.assignee() == null ? Map.of() : Map.of("assignee", event.assignee());
      return List.of(
          Intent.toStaff(
              MessagePurpose.STAFF_ASSIGNED,
              event.assignee() == null ? Set.of() : Set.of(event.assignee()),
              event.assignee() == null,
              event.department(),
              false,
              values));
    }

    @Override
    public List<Intent> on(TicketAccepted event) {
      return none();
    }

    @Override
    public List<Intent> on(ReplyPosted event) {
      return List.of(Intent.toCustomer(MessagePurpose.REPLY, Map.of("message", event.message())));
    }

    @Override
    public List<Intent> on(InternalNoteAdded event) {
      return none();
    }

    @Override
    public List<Intent> on(InformationRequested event) {
      return List.of(
          Intent.toCustomer(
              MessagePurpose.INFORMATION_REQUEST, Map.of("message", event.message())));
    }

    @Override
    public List<Intent> on(CustomerReplied event) {
      return none();
    }

    @Override
    public List<Intent> on(TicketResolved event) {
      return List.of(Intent.toCustomer(MessagePurpose.RESULT, Map.of()));
    }

    @Override
    public List<Intent> on(CustomerConfirmationRecorded event) {
      return none(); // what follows (closing, or reopening for the director) speaks for itself
    }

    @Override
    public List<Intent> on(TicketClosed event) {
      return none(); // the customer was told before an automatic closure
    }

    @Override
    public List<Intent> on(TicketReopened event) {
      return none();
    }

    @Override
    public List<Intent> on(TicketEscalated event) {
      boolean director = event.to() == EscalationLevel.DIRECTOR;
      return List.of(
          Intent.toStaff(
              MessagePurpose.STAFF_ESCALATION,
              Set.of(),
              !director,
              ticket.summary().department(),
              director,
              Map.of(
                  "escalation.level",
                  event.to(),
                  "escalation.reason",
                  event.reason() == null ? "" : event.reason())));
    }

    @Override
    public List<Intent> on(TicketClosureAnnounced event) {
      return List.of(
          Intent.toCustomer(
              MessagePurpose.CONFIRMATION_REQUEST, Map.of("closesAt", event.closesAt())));
    }

    @Override
    public List<Intent> on(ReturnVisitRecorded event) {
      boolean satisfied = Boolean.TRUE.equals(event.stillSatisfied());
      return List.of(
          Intent.toCustomer(
              MessagePurpose.RETURN_VISIT,
              Map.of(
                  "reached",
                  event.reached(),
                  "stillSatisfied",
                  satisfied,
                  "dissatisfied",
                  event.reached() && !satisfied)));
    }

    @Override
    public List<Intent> on(ClassificationReviewed event) {
      return List.of(); // quality review is internal and after the fact
    }

    @Override
    public List<Intent> on(SlaPolicyApplied event) {
      return none();
    }

    @Override
    public List<Intent> on(SlaClockStarted event) {
      return none();
    }

    @Override
    public List<Intent> on(SlaClockPaused event) {
      return none();
    }

    @Override
    public List<Intent> on(SlaClockResumed event) {
      return none();
    }

    @Override
    public List<Intent> on(SlaClockRetargeted event) {
      return none();
    }

    @Override
    public List<Intent> on(SlaClockStopped event) {
      return none();
    }

    @Override
    public List<Intent> on(SlaReminderRaised event) {
      String assignee = ticket.summary().assignee();
      return List.of(
          Intent.toStaff(
              MessagePurpose.STAFF_REMINDER,
              assignee == null ? Set.of() : Set.of(assignee),
              true,
              ticket.summary().department(),
              false,
              Map.of("clock", event.clock(), "dueAt", event.dueAt())));
    }

    @Override
    public List<Intent> on(SlaBreached event) {
      return none(); // the breach's escalation is an event of its own
    }
  }
}
