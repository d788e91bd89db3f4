package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;

/**
 * Something that happened to a ticket. Every event names its ticket, who caused it and when it
 * happened (the command's time, not the time it was stored). Events are facts: they do not
 * validate, so that old events can always be read back.
 */
public sealed interface TicketEvent
    permits TicketSubmitted,
        ClassificationSuggested,
        TicketClassified,
        TicketAssigned,
        TicketAccepted,
        ReplyPosted,
        InternalNoteAdded,
        InformationRequested,
        CustomerReplied,
        TicketResolved,
        CustomerConfirmationRecorded,
        TicketClosed,
        TicketReopened,
        TicketEscalated,
        TicketClosureAnnounced,
        ReturnVisitRecorded,
        ClassificationReviewed,
        SlaEvent {

  TicketId ticketId();

  Actor actor();

  Instant at();

  /** Hands this event to the visitor's method for its kind. */
  <R> R accept(TicketEventVisitor<R> visitor);
}
