package com.feedbackdesk.application.analysis.port.out;

import com.feedbackdesk.application.analysis.view.MonthFacts;
import com.feedbackdesk.application.analysis.view.TicketFacts;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The analysis read model: the facts of every ticket, month by month. */
public interface TicketFactsPort {

  Optional<TicketFacts> find(TicketId ticket);

  /**
   * Stores the record unless one of the same ticket with the same or a higher version is stored.
   */
  void save(TicketFacts facts);

  /** The facts of every ticket that had events in the months from {@code from} to {@code to}. */
  List<MonthFacts> months(YearMonth from, YearMonth to);

  /** Forgets the whole read model, before the projection is rebuilt from the event history. */
  void deleteAll();
}
