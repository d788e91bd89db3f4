package com.feedbackdesk.domain.aftersales;

import java.util.List;

/**
 * The automatic review's result: every rule that applied, in the order they were checked, and the
 * decision they make together. A failed rule rejects; otherwise a rule that cannot decide refers
 * the application to a person; otherwise it is accepted. Nothing the rules cannot decide is ever
 * rejected.
 */
public record PolicyReview(ReviewDecision decision, List<RuleOutcome> rules) {

  public PolicyReview {
    rules = List.copyOf(rules);
  }

  static PolicyReview of(List<RuleOutcome> rules) {
    boolean failed = rules.stream().anyMatch(r -> r.verdict() == RuleVerdict.FAILED);
    boolean undecided = rules.stream().anyMatch(r -> r.verdict() == RuleVerdict.UNDECIDABLE);
    ReviewDecision decision =
        failed
            ? ReviewDecision.REJECTED
            : undecided ? ReviewDecision.REFERRED : ReviewDecision.ACCEPTED;
    return new PolicyReview(decision, rules);
  }

  /** The rules that failed, which a rejection states to the customer. */
  public List<RuleOutcome> failed() {
    return rules.stream().filter(r -> r.verdict() == RuleVerdict.FAILED).toList();
  }

  /** The rules that could not decide, which a referral hands to a person. */
  public List<RuleOutcome> undecided() {
    return rules.stream().filter(r -> r.verdict() == RuleVerdict.UNDECIDABLE).toList();
  }
}
