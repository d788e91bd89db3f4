package com.feedbackdesk.domain.shared;

/** Who stands behind a change: the customer, a member of staff, or the system itself. */
public enum ActorKind {
  CUSTOMER,
  AGENT,
  SYSTEM
}
