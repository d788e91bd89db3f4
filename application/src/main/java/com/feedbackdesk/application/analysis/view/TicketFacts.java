package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The analysis read model's record of one ticket: where the ticket stands (its summary and clock
 * runs, folded like the SLA read model's), what the monthly figures need to remember between
 * events, and the facts of every month the ticket had events in.
 *
 * @param suggested the keyword classifier's category, or null when it made no suggestion
 * @param product the product the ticket is about, or null
 * @param firstResponseAt when the customer first got a reply, a question or a resolution
 * @param firstResolvedAt when the ticket was first resolved
 * @param surveyOpen whether the customer has been asked for a rating (the ticket is resolved) and
 *     has not answered yet
 * @param months the facts per month, oldest first
 */
public record TicketFacts(
    SlaTicket sla,
    Category suggested,
    String product,
    Instant firstResponseAt,
    Instant firstResolvedAt,
    boolean surveyOpen,
    List<MonthFacts> months) {

  public TicketFacts {
    months = months.stream().sorted(Comparator.comparing(MonthFacts::month)).toList();
  }

  public TicketId ticketId() {
    return sla.summary().id();
  }

  /** The sequence number of the ticket's last event folded in. */
  public long version() {
    return sla.version();
  }

  public Optional<MonthFacts> month(YearMonth month) {
    return months.stream().filter(facts -> facts.month().equals(month)).findFirst();
  }
}
