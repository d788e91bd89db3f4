package com.feedbackdesk.application.sla.port.out.memory;

import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaOutcome;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The SLA read model in memory, for the services' tests. */
public final class InMemorySlaTickets implements SlaTicketPort {

  private final Map<TicketId, SlaTicket> tickets = new ConcurrentHashMap<>();

  @Override
  public Optional<SlaTicket> find(TicketId ticket) {
    return Optional.ofNullable(tickets.get(ticket));
  }

  @Override
  public void save(SlaTicket ticket) {
    tickets.merge(
        ticket.summary().id(),
        ticket,
        (stored, offered) -> offered.version() > stored.version() ? offered : stored);
  }

  @Override
  public List<SlaTicket> withBreachesIn(SlaClockQuery query) {
    return matching(
        query,
        run ->
            query.inRange(run.breachedAt())
                || (run.outcome() == SlaOutcome.BREACHED && query.inRange(run.stoppedAt())));
  }

  @Override
  public List<SlaTicket> withCountingClocks(SlaClockQuery query) {
    boolean ranged = query.from() != null || query.to() != null;
    return matching(query, run -> run.counting() && (!ranged || query.inRange(run.dueAt())));
  }

  private List<SlaTicket> matching(SlaClockQuery query, Predicate<SlaClock> run) {
    return tickets.values().stream()
        .filter(
            t -> query.department() == null || query.department().equals(t.summary().department()))
        .filter(t -> query.assignee() == null || query.assignee().equals(t.summary().assignee()))
        .filter(
            t ->
                query.priorities().isEmpty()
                    || query.priorities().contains(t.summary().classification().priority()))
        .filter(t -> t.runs().stream().anyMatch(run))
        .toList();
  }

  @Override
  public List<SlaTicket> closedBetween(SlaClockQuery query) {
    return tickets.values().stream()
        .filter(t -> t.summary().status() == TicketStatus.CLOSED)
        .filter(t -> query.from() == null || !t.summary().updatedAt().isBefore(query.from()))
        .filter(t -> query.to() == null || t.summary().updatedAt().isBefore(query.to()))
        .toList();
  }

  @Override
  public List<TicketId> openTickets() {
    return tickets.values().stream()
        .filter(t -> t.summary().status() != TicketStatus.CLOSED)
        .map(t -> t.summary().id())
        .toList();
  }

  @Override
  public void deleteAll() {
    tickets.clear();
  }
}
