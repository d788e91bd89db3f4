package com.feedbackdesk.domain.ticket;

/** A ticket assigned to a named person can only be accepted by that person. */
public class AssignedToAnotherHandlerException extends TicketRuleViolationException {

  public AssignedToAnotherHandlerException(TicketId ticketId, String assignee, String claimant) {
    super(
        ticketId,
        "ticket "
            + ticketId
            + " is assigned to "
            + assignee
            + ", so "
            + claimant
            + " cannot accept it; reassign it first");
  }
}
