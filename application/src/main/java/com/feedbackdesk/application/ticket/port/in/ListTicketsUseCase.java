package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;

/**
 * The work queue. It is a read model kept by a projection, so a change shows up in it a moment
 * after the command that made it.
 */
public interface ListTicketsUseCase {

  /**
   * The tickets matching the query that the caller reaches: a customer's own, a handler's
   * department's.
   *
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException when the query asks
   *     for tickets beyond the caller's reach (another customer's, another department's)
   */
  TicketPage list(Caller caller, TicketQueueQuery query);

  /**
   * The follow-up queue: resolved and closed tickets whose return visit (回访) is still to be made,
   * the one due first first, for the agents who make the calls.
   */
  TicketPage followUps(Caller caller, int page, int size);

  /**
   * The work queue as it was at {@code asOf} (time travel), with the same filters, order and reach
   * as the live one; computed from the whole history, so a look back, not a live view.
   */
  TicketPage listAsOf(Caller caller, TicketQueueQuery query, java.time.Instant asOf);
}
