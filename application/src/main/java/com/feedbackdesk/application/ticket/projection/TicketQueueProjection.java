package com.feedbackdesk.application.ticket.projection;

import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.ticket.TicketEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Keeps the work queue: one {@link TicketSummary} per ticket, searched by the queue listing. An
 * event the summary already contains is skipped, so processing is idempotent.
 */
@ProcessingGroup(TicketQueueProjection.NAME)
public class TicketQueueProjection {

  public static final String NAME = "ticket-queue";

  private final TicketQueuePort queue;

  public TicketQueueProjection(TicketQueuePort queue) {
    this.queue = queue;
  }

  @EventHandler
  void on(TicketEvent event, @SequenceNumber long sequence) {
    TicketSummary current = queue.find(event.ticketId()).orElse(null);
    if (current != null && sequence <= current.version()) {
      return;
    }
    queue.save(TicketSummary.fold(current, event, sequence));
  }

  @ResetHandler
  void reset() {
    queue.deleteAll();
  }
}
