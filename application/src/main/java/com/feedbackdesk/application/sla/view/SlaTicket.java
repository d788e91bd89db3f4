package com.feedbackdesk.application.sla.view;

import com.feedbackdesk.application.ticket.view.TicketEventOutOfOrderException;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockStarted;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.SlaEvent;
import com.feedbackdesk.domain.ticket.TicketEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ticket in the SLA breaches read model: what the breaches and at-risk lists filter by (its
 * summary: department, assignee, priority, status) and every run of every clock it has had, the
 * earlier runs kept so that a breach stays on record after the clock runs again.
 *
 * @param runs every clock run, in the order they started
 */
public record SlaTicket(
    TicketSummary summary, VersionRef policy, int breaches, List<SlaClock> runs) {

  public SlaTicket {
    runs = List.copyOf(runs);
  }

  /**
   * Folds the ticket's next event in.
   *
   * @param current the record so far, or null before the ticket's first event
   * @throws TicketEventOutOfOrderException when the event is not the ticket's next one
   */
  public static SlaTicket fold(SlaTicket current, TicketEvent event, long sequence) {
    TicketSummary summary =
        TicketSummary.fold(current == null ? null : current.summary, event, sequence);
    if (current == null) {
      return new SlaTicket(summary, null, 0, List.of());
    }
    if (!(event instanceof SlaEvent)) {
      return new SlaTicket(summary, current.policy, current.breaches, current.runs);
    }
    SlaClocks after = current.clocks().apply(event);
    List<SlaClock> runs = new ArrayList<>(current.runs);
    if (event instanceof SlaClockStarted started) {
      runs.add(after.clock(started.clock()).orElseThrow());
    } else {
      for (SlaClock latest : after.all()) {
        int last = lastRunOf(runs, latest);
        if (last >= 0) {
          runs.set(last, latest);
        }
      }
    }
    return new SlaTicket(summary, after.policy(), after.breaches(), runs);
  }

  private static int lastRunOf(List<SlaClock> runs, SlaClock clock) {
    for (int i = runs.size() - 1; i >= 0; i--) {
      if (runs.get(i).kind() == clock.kind() && runs.get(i).run() == clock.run()) {
        return i;
      }
    }
    return -1;
  }

  /** The latest run of each clock, as the ticket sees them. */
  public SlaClocks clocks() {
    Map<Object, SlaClock> latest = new LinkedHashMap<>();
    runs.forEach(run -> latest.put(run.kind(), run));
    return SlaClocks.of(policy, latest.values(), breaches);
  }

  public long version() {
    return summary.version();
  }
}
