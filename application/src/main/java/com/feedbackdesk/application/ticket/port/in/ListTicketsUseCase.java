package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;

/**
 * The work queue. It is a read model kept by a projection, so a change shows up in it a moment
 * after the command that made it.
 */
public interface ListTicketsUseCase {

  TicketPage list(TicketQueueQuery query);
}
