package com.feedbackdesk.domain.ticket;

/** Why an open clock's limit changed. */
public enum SlaRetargetCause {
  /** The ticket was reclassified and its new priority, type or category has another limit. */
  RECLASSIFIED,
  /** Another policy version was activated. */
  POLICY_CHANGED,
  /** The calendar its business time follows has a new version (holidays loaded, say). */
  CALENDAR_CHANGED,
  /** A supervisor or director extended the limit of a complex case. */
  EXTENDED
}
