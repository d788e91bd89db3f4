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
   * The tickets that may have a clock run the query matches: at least every one whose summary
   * matches its department, assignee and priorities and that has a run of a queried clock breached
   * (for a breach query) or counting (for an at-risk query). The caller filters the runs exactly.
   */
  List<SlaTicket> candidates(SlaClockQuery query);

  /** Every ticket closed within the query's time range, for the attainment of closed tickets. */
  List<SlaTicket> closedBetween(SlaClockQuery query);

  /** The tickets not closed. */
  List<TicketId> openTickets();

  /** Forgets the whole read model, before the projection is rebuilt from the event history. */
  void deleteAll();
}
