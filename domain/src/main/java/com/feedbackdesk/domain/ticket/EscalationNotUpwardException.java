package com.feedbackdesk.domain.ticket;

/** Escalation only goes up: handler → supervisor → director. */
public class EscalationNotUpwardException extends TicketRuleViolationException {

  public EscalationNotUpwardException(
      TicketId ticketId, EscalationLevel current, EscalationLevel requested) {
    super(
        ticketId,
        "ticket "
            + ticketId
            + " is already at "
            + current
            + " level; it cannot be escalated to "
            + (requested == null ? "a higher level" : requested.toString()));
  }
}
