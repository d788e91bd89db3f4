package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.ticket.view.TicketView;

/** Everything people do to an existing ticket: classify, assign, accept, reply, resolve, … */
public interface ChangeTicketUseCase {

  /**
   * Sends the command to the referenced ticket on the caller's behalf (the caller is recorded as
   * its actor) and returns the ticket as it is after the command, as the caller may see it.
   *
   * @param operation what the command does, checked against the caller's roles first
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException when the caller's
   *     roles do not allow the operation, or not on this ticket
   * @throws TicketNotFoundException when the reference names no ticket the caller may know of
   * @throws com.feedbackdesk.domain.ticket.TicketRuleViolationException when the ticket's state
   *     does not allow the command
   */
  TicketView change(
      Caller caller,
      TicketOperation operation,
      TicketReference ticket,
      TicketCommandFactory command);
}
