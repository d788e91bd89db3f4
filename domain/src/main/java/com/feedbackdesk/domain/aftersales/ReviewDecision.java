package com.feedbackdesk.domain.aftersales;

/** The outcome of a review. */
public enum ReviewDecision {
  ACCEPTED,
  REJECTED,
  /** The rules could not decide: the application waits for a person. */
  REFERRED
}
