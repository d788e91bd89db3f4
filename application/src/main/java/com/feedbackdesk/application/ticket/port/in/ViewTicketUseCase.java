package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketView;
import java.time.Instant;
import java.util.List;

/**
 * Read one ticket. Both answers are current: they include every event the ticket has, even those
 * the read models have not caught up with yet.
 */
public interface ViewTicketUseCase {

  /**
   * The ticket as the caller may see it.
   *
   * @throws TicketNotFoundException when the reference names no ticket the caller may know of
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException when the caller's
   *     roles do not reach the ticket
   */
  TicketView view(Caller caller, TicketReference ticket);

  /**
   * The ticket's events in order, as the caller may see them: a customer sees no internal work
   * (notes, classification, assignment, escalation) and no cost; an analyst sees customers
   * pseudonymized.
   *
   * @throws TicketNotFoundException when the reference names no ticket the caller may know of
   */
  List<TicketHistoryEntry> history(Caller caller, TicketReference ticket);

  /**
   * The ticket as it was at {@code asOf} (time travel): its events up to that instant, folded as
   * the read model folds them; who may see it is decided by the ticket as it is now.
   *
   * @throws TicketNotFoundException also when the ticket did not exist yet at {@code asOf}
   */
  TicketView viewAsOf(Caller caller, TicketReference ticket, Instant asOf);

  /** The ticket's history up to and including {@code asOf}. */
  List<TicketHistoryEntry> historyAsOf(Caller caller, TicketReference ticket, Instant asOf);
}
