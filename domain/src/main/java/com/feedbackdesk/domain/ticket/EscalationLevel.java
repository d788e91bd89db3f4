package com.feedbackdesk.domain.ticket;

import java.util.Optional;

/** Who answers for a ticket: its handler, the after-sales supervisor or the director. */
public enum EscalationLevel {
  /** The handling specialist; every ticket starts here. */
  HANDLER,
  /** 售后主管 */
  SUPERVISOR,
  /** 售后总监: second-level escalations, major complaints, dissatisfied customers. */
  DIRECTOR;

  /** The next level up, if there is one. */
  public Optional<EscalationLevel> next() {
    return this == DIRECTOR ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  public boolean isAbove(EscalationLevel other) {
    return ordinal() > other.ordinal();
  }
}
