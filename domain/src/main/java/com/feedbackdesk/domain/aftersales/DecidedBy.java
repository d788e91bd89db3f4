package com.feedbackdesk.domain.aftersales;

/** Who or what took a decision on an application. */
public enum DecidedBy {
  /** The policy's rules, automatically. */
  RULES,
  /** A member of staff. */
  PERSON,
  /** A time limit of the policy ran out: the decision the policy takes then. */
  TIMEOUT
}
