package com.feedbackdesk.application.sla.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.sla.view.SlaAttainment;
import com.feedbackdesk.application.sla.view.SlaClockEntry;
import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaClockReport;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaClocks;
import java.util.List;

/**
 * The SLA breaches read model: what passed its limit, what is about to, and what the closed tickets
 * attained under any policy version. A caller whose reach is their department sees that
 * department's only.
 */
public interface QuerySlaUseCase {

  /**
   * A ticket's clocks as they stand now (elapsed and remaining time on their calendars), for a
   * caller who may see the ticket already.
   */
  List<SlaClockEntry> readout(TicketSummary summary, SlaClocks clocks);

  /** The same, as the clocks stood at {@code at} (a ticket read as of then). */
  List<SlaClockEntry> readout(TicketSummary summary, SlaClocks clocks, java.time.Instant at);

  /** Clock runs that passed their limit within the range, most recent first. */
  SlaClockReport breaches(Caller caller, SlaClockQuery query);

  /**
   * Clock runs counting now past their policy's reminder share and not yet breached, or (with a
   * range) due within it; soonest due first.
   */
  SlaClockReport atRisk(Caller caller, SlaClockQuery query);

  /**
   * What the clocks of the tickets closed within the range attained as recorded, and would have
   * attained under {@code policy} (the active version when null).
   *
   * @throws com.feedbackdesk.domain.shared.InvalidValueException when the range holds more tickets
   *     than one answer measures
   */
  SlaAttainment attainment(Caller caller, VersionRef policy, SlaClockQuery query);
}
