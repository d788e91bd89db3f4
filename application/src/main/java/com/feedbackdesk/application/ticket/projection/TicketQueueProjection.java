package com.feedbackdesk.application.ticket.projection;

import com.feedbackdesk.application.shared.BatchedWrites;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
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
  private final BatchedWrites<TicketId, TicketSummary> writes;

  public TicketQueueProjection(TicketQueuePort queue) {
    this.queue = queue;
    this.writes =
        new BatchedWrites<>(
            NAME, queue::find, queue::saveAll, TicketSummary::id, TicketSummary::version);
  }

  @EventHandler
  void on(TicketEvent event, @SequenceNumber long sequence) {
    writes.fold(
        event.ticketId(), sequence, current -> TicketSummary.fold(current, event, sequence));
  }

  /** Every other event: the batch may end with it. */
  @EventHandler
  void on(Object other) {
    writes.endOfEvent();
  }

  @ResetHandler
  void reset() {
    queue.deleteAll();
  }
}
