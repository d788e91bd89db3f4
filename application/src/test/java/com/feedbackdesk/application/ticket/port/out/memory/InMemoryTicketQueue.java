package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TicketQueuePort} in memory, for tests of the use cases. */
public final class InMemoryTicketQueue implements TicketQueuePort {

  private final Map<TicketId, TicketSummary> queue = new ConcurrentHashMap<>();

  @Override
  public Optional<TicketSummary> find(TicketId ticket) {
    return Optional.ofNullable(queue.get(ticket));
  }

  @Override
  public void save(TicketSummary summary) {
    queue.merge(
        summary.id(),
        summary,
        (stored, offered) -> offered.version() > stored.version() ? offered : stored);
  }

  @Override
  public TicketPage search(TicketQueueQuery query) {
    return query.pageOf(queue.values());
  }

  @Override
  public TicketPage followUps(int page, int size) {
    List<TicketSummary> due =
        queue.values().stream()
            .filter(s -> s.dueTimes().containsKey(SlaClockKind.RETURN_VISIT))
            .sorted(
                Comparator.comparing(
                        (TicketSummary s) -> s.dueTimes().get(SlaClockKind.RETURN_VISIT))
                    .thenComparing(s -> s.id().toString()))
            .toList();
    return new TicketPage(
        due.stream().skip((long) page * size).limit(size).toList(), page, size, due.size());
  }

  @Override
  public void deleteAll() {
    queue.clear();
  }
}
