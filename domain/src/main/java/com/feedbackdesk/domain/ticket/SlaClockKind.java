package com.feedbackdesk.domain.ticket;

/**
 * The time limits the SOPs set on a ticket. What starts, pauses and stops each clock is fixed here
 * (see docs/sla.md); how long each may run is the policy's.
 */
public enum SlaClockKind {
  /** Registration until staff first act on it (classify, assign, accept, reply, resolve): 1 h. */
  ACKNOWLEDGEMENT,
  /** Each assignment until the handler accepts it: 1 h. */
  ACCEPTANCE,
  /**
   * Registration (or a reopening) until the first reply, question or resolution to the customer.
   */
  FIRST_RESPONSE,
  /**
   * Registration until the handler accepts with a plan: the complaint plan's initial investigation.
   */
  INVESTIGATION,
  /** Acceptance with a plan until the customer hears from the handler: the plan's feedback. */
  PLAN_FEEDBACK,
  /** Registration (or a reopening) until resolved; paused while the customer is asked. */
  RESOLUTION,
  /** Resolution until the customer's verdict on it. */
  CONFIRMATION,
  /**
   * Resolution until the return visit (回访) is recorded, through the closure; a reopening cancels
   * it.
   */
  RETURN_VISIT
}
