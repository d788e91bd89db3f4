package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TicketNumberPort} in memory, for tests of the use cases. */
public final class InMemoryTicketNumbers implements TicketNumberPort {

  private final Map<LocalDate, Long> counters = new ConcurrentHashMap<>();
  private final Map<TicketNumber, TicketId> claims = new ConcurrentHashMap<>();

  @Override
  public TicketNumber allocate(LocalDate day, TicketId ticket) {
    TicketNumber number = TicketNumber.of(day, counters.merge(day, 1L, Long::sum));
    claims.put(number, ticket);
    return number;
  }

  @Override
  public Optional<TicketId> find(TicketNumber number) {
    return Optional.ofNullable(claims.get(number));
  }
}
