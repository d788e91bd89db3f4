package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.ticket.view.TicketView;

/** Everything people do to an existing ticket: classify, assign, accept, reply, resolve, … */
public interface ChangeTicketUseCase {

  /**
   * Sends the command to the referenced ticket and returns the ticket as it is after the command.
   *
   * @throws TicketNotFoundException when the reference names no ticket
   * @throws com.feedbackdesk.domain.ticket.TicketRuleViolationException when the ticket's state
   *     does not allow the command
   */
  TicketView change(TicketReference ticket, TicketCommandFactory command);
}
