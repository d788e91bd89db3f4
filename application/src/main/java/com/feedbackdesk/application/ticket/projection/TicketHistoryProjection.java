package com.feedbackdesk.application.ticket.projection;

import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.port.out.TicketHistoryPort;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.domain.ticket.TicketEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Keeps each ticket's history: one entry per event, keyed by its sequence number, so recording an
 * event twice leaves one entry.
 */
@ProcessingGroup(TicketHistoryProjection.NAME)
public class TicketHistoryProjection {

  public static final String NAME = "ticket-history";

  private final TicketHistoryPort histories;
  private final TicketEventDataPort eventData;

  public TicketHistoryProjection(TicketHistoryPort histories, TicketEventDataPort eventData) {
    this.histories = histories;
    this.eventData = eventData;
  }

  @EventHandler
  void on(TicketEvent event, @SequenceNumber long sequence) {
    histories.record(
        event.ticketId(), TicketHistoryEntry.of(event, sequence, eventData.json(event)));
  }

  @ResetHandler
  void reset() {
    histories.deleteAll();
  }
}
