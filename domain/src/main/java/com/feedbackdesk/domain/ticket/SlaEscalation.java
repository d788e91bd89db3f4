package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Values;
import java.util.Optional;

/**
 * Which level a breach escalates a ticket to (SOP: overdue work goes handler → supervisor →
 * director). A breach never lowers the level; a ticket already there stays.
 *
 * @param firstBreach the level of a ticket's first breach of any clock but resolution
 * @param resolutionBreach the level of a breach of the resolution limit
 * @param furtherBreach the level of every breach after the first
 */
public record SlaEscalation(
    EscalationLevel firstBreach, EscalationLevel resolutionBreach, EscalationLevel furtherBreach) {

  public SlaEscalation {
    Values.required("firstBreach", firstBreach);
    Values.required("resolutionBreach", resolutionBreach);
    Values.required("furtherBreach", furtherBreach);
  }

  /** The SOP's: first to the supervisor, a resolution breach or a further one to the director. */
  public static SlaEscalation standard() {
    return new SlaEscalation(
        EscalationLevel.SUPERVISOR, EscalationLevel.DIRECTOR, EscalationLevel.DIRECTOR);
  }

  /**
   * The level this breach, the ticket's {@code breaches}-th, calls for; none for the customer's
   * windows (confirmation, return visit), which are not the staff's to miss.
   */
  Optional<EscalationLevel> levelFor(SlaClockKind clock, int breaches) {
    return switch (clock) {
      case CONFIRMATION, RETURN_VISIT -> Optional.empty();
      case RESOLUTION -> Optional.of(resolutionBreach);
      default -> Optional.of(breaches <= 1 ? firstBreach : furtherBreach);
    };
  }
}
