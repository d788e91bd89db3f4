package com.feedbackdesk.domain.ticket;

/**
 * A command the ticket's current state does not allow. Each subclass is named for the rule it
 * guards; all of them mean "not now, not in this state", never "bad input".
 */
public abstract class TicketRuleViolationException extends RuntimeException {

  private final TicketId ticketId;

  protected TicketRuleViolationException(TicketId ticketId, String message) {
    super(message);
    this.ticketId = ticketId;
  }

  public TicketId ticketId() {
    return ticketId;
  }

  static String describe(TicketAction action) {
    return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
