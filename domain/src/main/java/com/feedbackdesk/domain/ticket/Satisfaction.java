package com.feedbackdesk.domain.ticket;

/** The customer's verdict on the result (满意度). */
public enum Satisfaction {
  /** 满意 */
  SATISFIED,
  /** 基本满意 */
  BASICALLY_SATISFIED,
  /** 不满意 */
  UNSATISFIED;

  /** Whether this verdict lets the ticket close. */
  public boolean acceptsResult() {
    return this != UNSATISFIED;
  }
}
