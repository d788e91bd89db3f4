package com.feedbackdesk.domain.ticket;

/** How urgent a ticket is (优先级); P1 is the most urgent. */
public enum Priority {
  /** 紧急: core use impossible, safety, data leak, many customers affected. */
  P1,
  /** 高: experience badly affected, repeated complaints of the same kind. */
  P2,
  /** 中: ordinary questions and suggestions. */
  P3,
  /** 低: non-urgent information. */
  P4;

  /** Whether this priority is more urgent than the other. */
  public boolean isMoreUrgentThan(Priority other) {
    return ordinal() < other.ordinal();
  }
}
