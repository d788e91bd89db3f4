package com.feedbackdesk.domain.ticket;

/** How a clock ended. */
public enum SlaOutcome {
  /** Stopped within its limit. */
  MET,
  /** Stopped after its limit. */
  BREACHED,
  /** No longer applies: a new assignment, a reopening, or a policy that does not measure it. */
  CANCELLED
}
