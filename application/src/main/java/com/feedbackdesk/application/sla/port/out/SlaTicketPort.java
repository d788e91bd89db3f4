package com.feedbackdesk.application.sla.port.out;

import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** Stores the SLA breaches read model (one {@link SlaTicket} per ticket) and searches it. */
public interface SlaTicketPort {

  Optional<SlaTicket> find(TicketId ticket);

  /**
   * Stores the record unless one of the same ticket with the same or a higher version is stored.
   */
  void save(SlaTicket ticket);

  /**
   * The tickets with a clock run found past its limit within the query's range (its {@code
   * breachedAt}, or, for a run stopped late without a deadline having found it, its stop) and
   * matching the query's department, assignee and priorities. The caller picks the runs.
   */
  List<SlaTicket> withBreachesIn(SlaClockQuery query);

  /**
   * The tickets with a clock run counting now (due within the query's range, when it has one) and
   * matching the query's department, assignee and priorities. The caller picks the runs.
   */
  List<SlaTicket> withCountingClocks(SlaClockQuery query);

  /** Every ticket closed within the query's time range, for the attainment of closed tickets. */
  List<SlaTicket> closedBetween(SlaClockQuery query);

  /** The tickets not closed. */
  List<TicketId> openTickets();

  /** Forgets the whole read model, before the projection is rebuilt from the event history. */
  void deleteAll();
}
