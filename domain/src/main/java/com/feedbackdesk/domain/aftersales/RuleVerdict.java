package com.feedbackdesk.domain.aftersales;

/** What one rule of the policy says of an application. */
public enum RuleVerdict {
  PASSED,
  FAILED,
  /** The rule cannot tell from what the service knows: a person decides. */
  UNDECIDABLE
}
