package com.feedbackdesk.application.sla.view;

import com.feedbackdesk.domain.ticket.SlaClockKind;
import java.util.Map;

/**
 * How the clocks of a set of closed tickets ended: as recorded, and as they would have ended had
 * another policy version governed them from the start (computed from their recorded lifecycle;
 * nothing recorded changes).
 *
 * @param policy the policy version the tickets were measured against
 * @param tickets how many closed tickets were measured
 * @param recorded per clock, the outcomes recorded on the tickets
 * @param underPolicy per clock, the outcomes under {@code policy}
 */
public record SlaAttainment(
    String policy,
    int tickets,
    Map<SlaClockKind, Outcomes> recorded,
    Map<SlaClockKind, Outcomes> underPolicy) {

  public SlaAttainment {
    recorded = Map.copyOf(recorded);
    underPolicy = Map.copyOf(underPolicy);
  }

  /**
   * Clock runs that ended within or past their limit (cancelled runs count in neither).
   *
   * @param attainment the share met, 0 to 1, or null when none ended either way
   */
  public record Outcomes(long met, long breached, Double attainment) {

    public static Outcomes of(long met, long breached) {
      long ended = met + breached;
      return new Outcomes(met, breached, ended == 0 ? null : (double) met / ended);
    }
  }
}
