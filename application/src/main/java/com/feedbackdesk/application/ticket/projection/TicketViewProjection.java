package com.feedbackdesk.application.ticket.projection;

import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.TicketEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Keeps one {@link TicketView} per ticket. An event the view already contains (redelivered after a
 * restart) is skipped, so processing is idempotent.
 */
@ProcessingGroup(TicketViewProjection.NAME)
public class TicketViewProjection {

  public static final String NAME = "ticket-views";

  private final TicketViewPort views;

  public TicketViewProjection(TicketViewPort views) {
    this.views = views;
  }

  @EventHandler
  void on(TicketEvent event, @SequenceNumber long sequence) {
    TicketView current = views.find(event.ticketId()).orElse(null);
    if (current != null && sequence <= current.version()) {
      return;
    }
    views.save(TicketView.fold(current, event, sequence));
  }

  @ResetHandler
  void reset() {
    views.deleteAll();
  }
}
