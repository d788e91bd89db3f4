package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.ticket.port.in.ListTicketsUseCase;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.ViewTicketUseCase;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.List;

/** Answers questions about tickets from the read models. */
public final class TicketQueryService implements ViewTicketUseCase, ListTicketsUseCase {

  private final CurrentTicketReader tickets;
  private final TicketQueuePort queue;

  public TicketQueryService(CurrentTicketReader tickets, TicketQueuePort queue) {
    this.tickets = tickets;
    this.queue = queue;
  }

  @Override
  public TicketView view(TicketReference reference) {
    return tickets
        .view(resolve(reference))
        .orElseThrow(() -> new TicketNotFoundException(reference));
  }

  @Override
  public List<TicketHistoryEntry> history(TicketReference reference) {
    List<TicketHistoryEntry> history = tickets.history(resolve(reference));
    if (history.isEmpty()) {
      throw new TicketNotFoundException(reference);
    }
    return history;
  }

  @Override
  public TicketPage list(TicketQueueQuery query) {
    return queue.search(query);
  }

  private TicketId resolve(TicketReference reference) {
    return tickets.resolve(reference).orElseThrow(() -> new TicketNotFoundException(reference));
  }
}
