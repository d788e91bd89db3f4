package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.ticket.view.TicketView;
import java.util.List;

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

  /**
   * As {@link #change(Caller, TicketOperation, TicketReference, TicketCommandFactory)}, for a
   * command that carries attachments (a customer's reply with photos): the caller's uploads named
   * by id are claimed for the ticket once the caller is known to reach it, and released again when
   * the command fails.
   *
   * @throws com.feedbackdesk.domain.shared.InvalidValueException (field {@code attachments}) when
   *     an id names no upload of the caller's, one attached elsewhere, or too many are named
   */
  default TicketView change(
      Caller caller,
      TicketOperation operation,
      TicketReference ticket,
      List<String> attachmentIds,
      AttachedCommandFactory command) {
    if (attachmentIds != null && !attachmentIds.isEmpty()) {
      throw new com.feedbackdesk.domain.shared.InvalidValueException(
          "attachments", "attachments are not taken here");
    }
    return change(
        caller, operation, ticket, (id, by, now) -> command.create(id, by, now, List.of()));
  }
}
