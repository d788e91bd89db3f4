package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TicketViewPort} in memory, for tests of the use cases. */
public final class InMemoryTicketViews implements TicketViewPort {

  private final Map<TicketId, TicketView> views = new ConcurrentHashMap<>();

  @Override
  public Optional<TicketView> find(TicketId ticket) {
    return Optional.ofNullable(views.get(ticket));
  }

  @Override
  public void save(TicketView view) {
    views.merge(
        view.summary().id(),
        view,
        (stored, offered) -> offered.version() > stored.version() ? offered : stored);
  }

  @Override
  public void deleteAll() {
    views.clear();
  }
}
