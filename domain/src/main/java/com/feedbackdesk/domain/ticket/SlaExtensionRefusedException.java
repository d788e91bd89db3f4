package com.feedbackdesk.domain.ticket;

/**
 * A limit cannot be extended as asked: the policy does not allow it, the clock is not running, or
 * the new limit is not longer than the old one or longer than the policy's longest.
 */
public class SlaExtensionRefusedException extends TicketRuleViolationException {

  public SlaExtensionRefusedException(TicketId ticketId, String why) {
    super(ticketId, "the limit of ticket " + ticketId + " cannot be extended: " + why);
  }
}
