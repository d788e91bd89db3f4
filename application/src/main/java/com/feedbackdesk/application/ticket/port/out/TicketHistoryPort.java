package com.feedbackdesk.application.ticket.port.out;

import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.List;

/** Stores each ticket's history as the history projection writes it. */
public interface TicketHistoryPort {

  /** Records the entry; recording the same sequence number again changes nothing. */
  void record(TicketId ticket, TicketHistoryEntry entry);

  /** The ticket's recorded entries in sequence order; empty when there are none. */
  List<TicketHistoryEntry> load(TicketId ticket);

  /** Forgets every history, before the projection is rebuilt from the event history. */
  void deleteAll();
}
