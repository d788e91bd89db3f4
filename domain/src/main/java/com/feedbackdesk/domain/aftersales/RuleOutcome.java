package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Values;

/**
 * What one rule said, and why, in the customer's language: recorded with the decision, so that the
 * customer is told each failed rule and anyone can retrace the review.
 */
public record RuleOutcome(PolicyRule rule, RuleVerdict verdict, String message) {

  public RuleOutcome {
    Values.required("rule", rule);
    Values.required("verdict", verdict);
    Values.requiredText("message", message, 500);
  }
}
