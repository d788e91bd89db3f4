package com.feedbackdesk.application.ticket.port.out;

import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.Optional;

/** Stores the work queue the queue projection keeps, and searches it. */
public interface TicketQueuePort {

  Optional<TicketSummary> find(TicketId ticket);

  /**
   * Stores the summary unless one of the same ticket with the same or a higher version is stored
   * already.
   */
  void save(TicketSummary summary);

  /** The page of matching tickets, most urgent first (earliest deadline, priority, oldest). */
  TicketPage search(TicketQueueQuery query);

  /**
   * The follow-up queue: tickets with a return visit to make (their return-visit clock running),
   * the one due first first.
   */
  TicketPage followUps(int page, int size);

  /** Forgets the whole queue, before the projection is rebuilt from the event history. */
  void deleteAll();
}
