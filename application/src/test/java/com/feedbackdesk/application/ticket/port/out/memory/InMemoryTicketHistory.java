package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketHistoryPort;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link TicketHistoryPort} in memory, for tests of the use cases. */
public final class InMemoryTicketHistory implements TicketHistoryPort {

  private final Map<TicketId, Map<Long, TicketHistoryEntry>> histories = new ConcurrentHashMap<>();

  @Override
  public void record(TicketId ticket, TicketHistoryEntry entry) {
    histories
        .computeIfAbsent(ticket, id -> new ConcurrentSkipListMap<>())
        .put(entry.sequence(), entry);
  }

  @Override
  public List<TicketHistoryEntry> load(TicketId ticket) {
    return List.copyOf(histories.getOrDefault(ticket, Map.of()).values());
  }

  @Override
  public void deleteAll() {
    histories.clear();
  }
}
