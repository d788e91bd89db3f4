package com.feedbackdesk.application.sla.projection;

import com.feedbackdesk.application.shared.BatchedWrites;
import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Keeps the SLA breaches read model: one {@link SlaTicket} per ticket. An event the record already
 * contains (redelivered after a restart) is skipped, so processing is idempotent; a reset rebuilds
 * it from the event history like every projection.
 */
@ProcessingGroup(SlaTicketProjection.NAME)
public class SlaTicketProjection {

  public static final String NAME = "sla-breaches";

  private final SlaTicketPort tickets;
  private final BatchedWrites<TicketId, SlaTicket> writes;

  public SlaTicketProjection(SlaTicketPort tickets) {
    this.tickets = tickets;
    this.writes =
        new BatchedWrites<>(
            NAME,
            tickets::find,
            tickets::saveAll,
            ticket -> ticket.summary().id(),
            SlaTicket::version);
  }

  @EventHandler
  void on(TicketEvent event, @SequenceNumber long sequence) {
    writes.fold(event.ticketId(), sequence, current -> SlaTicket.fold(current, event, sequence));
  }

  /** Every other event: the batch may end with it. */
  @EventHandler
  void on(Object other) {
    writes.endOfEvent();
  }

  @ResetHandler
  void reset() {
    tickets.deleteAll();
  }
}
