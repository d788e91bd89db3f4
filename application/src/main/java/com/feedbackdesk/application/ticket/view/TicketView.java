package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.ClassificationSuggestion;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketReopened;
import com.feedbackdesk.domain.ticket.TicketResolved;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import java.time.Instant;

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
    Instant closedAt) {

  /**
   * Folds the ticket's next event into its view.
   *
   * @param current the view so far, or null before the ticket's first event
   * @param sequence the event's sequence number within the ticket's stream
   * @throws TicketEventOutOfOrderException when the event is not the ticket's next one
   */
  public static TicketView fold(
      TicketView current, TicketEvent event, long sequence, ResolutionTargets targets) {
    TicketEventOutOfOrderException.requireNext(
        event.ticketId(), current == null ? -1 : current.version(), sequence);
    if (current == null) {
      if (!(event instanceof TicketSubmitted submitted)) {
        throw new TicketEventOutOfOrderException(event.ticketId(), 0, sequence);
      }
      return new TicketView(
          TicketSummary.of(submitted, sequence, targets),
          submitted.description(),
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    return current.apply(event, sequence, targets);
  }

  private TicketView apply(TicketEvent event, long sequence, ResolutionTargets targets) {
    ClassificationSuggestion newSuggestion = suggestion;
    String newPlan = plan;
    Instant newAcceptedAt = acceptedAt;
    ResolutionDetails newResolution = resolution;
    ConfirmationDetails newConfirmation = confirmation;
    String newHandlingSummary = handlingSummary;
    Instant newClosedAt = closedAt;
    if (event instanceof ClassificationSuggested suggested) {
      newSuggestion =
          new ClassificationSuggestion(suggested.suggestion(), suggested.matchedRules());
    } else if (event instanceof TicketAssigned) {
      newPlan = null;
      newAcceptedAt = null;
    } else if (event instanceof TicketAccepted accepted) {
      newPlan = accepted.plan();
      newAcceptedAt = accepted.at();
    } else if (event instanceof TicketResolved resolved) {
      newResolution =
          new ResolutionDetails(
              resolved.resolutionType(),
              resolved.summary(),
              resolved.amount(),
              resolved.cost(),
              resolved.actor(),
              resolved.at());
    } else if (event instanceof CustomerConfirmationRecorded confirmed) {
      newConfirmation =
          new ConfirmationDetails(
              confirmed.resolved(), confirmed.satisfaction(), confirmed.comment(), confirmed.at());
    } else if (event instanceof TicketClosed closed) {
      newHandlingSummary = closed.handlingSummary();
      newClosedAt = closed.at();
    } else if (event instanceof TicketReopened) {
      newHandlingSummary = null;
      newClosedAt = null;
    }
    return new TicketView(
        summary.apply(event, sequence, targets),
        description,
        newSuggestion,
        newPlan,
        newAcceptedAt,
        newResolution,
        newConfirmation,
        newHandlingSummary,
        newClosedAt);
  }

  public long version() {
    return summary.version();
  }
}
