package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.view.TicketNumberTakenException;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TicketViewPort} in memory, for tests of the use cases. */
public final class InMemoryTicketViews implements TicketViewPort {

  private final Map<TicketId, TicketView> views = new ConcurrentHashMap<>();
  private final Map<TicketNumber, TicketId> numbers = new ConcurrentHashMap<>();

  @Override
  public Optional<TicketView> find(TicketId ticket) {
    return Optional.ofNullable(views.get(ticket));
  }

  @Override
  public synchronized void save(TicketView view) {
    TicketId owner = numbers.putIfAbsent(view.summary().number(), view.summary().id());
    if (owner != null && !owner.equals(view.summary().id())) {
      throw new TicketNumberTakenException(view.summary().number(), view.summary().id());
    }
    views.merge(
        view.summary().id(),
        view,
        (stored, offered) -> offered.version() > stored.version() ? offered : stored);
  }

  @Override
  public synchronized void deleteAll() {
    views.clear();
    numbers.clear();
  }
}
