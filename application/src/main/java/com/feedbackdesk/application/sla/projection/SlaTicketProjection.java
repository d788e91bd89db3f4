package com.feedbackdesk.application.sla.projection;

import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.ticket.TicketEvent;
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

  public SlaTicketProjection(SlaTicketPort tickets) {
    this.tickets = tickets;
  }

  @EventHandler
  void on(TicketEvent event, @SequenceNumber long sequence) {
    SlaTicket current = tickets.find(event.ticketId()).orElse(null);
    if (current != null && sequence <= current.version()) {
      return;
    }
    tickets.save(SlaTicket.fold(current, event, sequence));
  }

  @ResetHandler
  void reset() {
    tickets.deleteAll();
  }
}
