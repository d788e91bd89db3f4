package com.feedbackdesk.application.analysis.port.out.memory;

import com.feedbackdesk.application.analysis.port.out.TicketFactsPort;
import com.feedbackdesk.application.analysis.view.MonthFacts;
import com.feedbackdesk.application.analysis.view.TicketFacts;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The analysis read model in memory, for the tests of the services. */
public final class InMemoryTicketFacts implements TicketFactsPort {

  private final Map<TicketId, TicketFacts> tickets = new ConcurrentHashMap<>();

  @Override
  public Optional<TicketFacts> find(TicketId ticket) {
    return Optional.ofNullable(tickets.get(ticket));
  }

  @Override
  public void save(TicketFacts facts) {
    tickets.merge(
        facts.ticketId(),
        facts,
        (stored, offered) -> offered.version() > stored.version() ? offered : stored);
  }

  @Override
  public List<MonthFacts> months(YearMonth from, YearMonth to) {
    return tickets.values().stream()
        .flatMap(facts -> facts.months().stream())
        .filter(month -> !month.month().isBefore(from) && !month.month().isAfter(to))
        .toList();
  }

  @Override
  public void deleteAll() {
    tickets.clear();
  }
}
