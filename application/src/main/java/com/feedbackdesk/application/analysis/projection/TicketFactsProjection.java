package com.feedbackdesk.application.analysis.projection;

import com.feedbackdesk.application.analysis.port.out.TicketFactsPort;
import com.feedbackdesk.application.analysis.view.TicketFacts;
import com.feedbackdesk.application.analysis.view.TicketFactsRecorder;
import com.feedbackdesk.domain.ticket.TicketEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Keeps the analysis read model the statistics and the monthly report are summed from: one {@link
 * TicketFacts} per ticket. An event the record already contains is skipped, so processing is
 * idempotent; a reset rebuilds it from the event history.
 */
@ProcessingGroup(TicketFactsProjection.NAME)
public class TicketFactsProjection {

  public static final String NAME = "ticket-analysis";

  private final TicketFactsPort facts;
  private final TicketFactsRecorder recorder;

  public TicketFactsProjection(TicketFactsPort facts, TicketFactsRecorder recorder) {
    this.facts = facts;
    this.recorder = recorder;
  }

  @EventHandler
  void on(TicketEvent event, @SequenceNumber long sequence) {
    TicketFacts current = facts.find(event.ticketId()).orElse(null);
    if (current != null && sequence <= current.version()) {
      return;
    }
    facts.save(recorder.fold(current, event, sequence));
  }

  @ResetHandler
  void reset() {
    facts.deleteAll();
  }
}
