package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Department;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The application was reviewed: by the policy's rules, by a person, or by the policy's time limit
 * for a person's decision running out (then in the customer's favour).
 *
 * @param policyVersion the version of the after-sales policy the review applied
 * @param calendar the business calendar version the periods were counted by, or null when no rules
 *     were applied
 * @param rules every rule's outcome, in the customer's language (empty for a person's decision)
 * @param note what a person gave as the reason for their decision, or null
 * @param department the department the application now goes to: the reviewers for a referral, the
 *     handlers of its remedy and category for an acceptance; null for a rejection
 * @param assignee the handler it goes to, or null
 * @param dueBy the time limit the decision starts: the person's decision for a referral, the
 *     customer's dispatch for goods coming back, the refund for a refund; null when none runs
 */
@Revision("1")
public record AfterSalesReviewed(
    ApplicationId applicationId,
    ReviewDecision decision,
    DecidedBy decidedBy,
    String policyVersion,
    String calendar,
    List<RuleOutcome> rules,
    String note,
    Department department,
    String assignee,
    Instant dueBy,
    Actor actor,
    Instant at)
    implements AfterSalesEvent {

  public AfterSalesReviewed {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  @Override
  public <R> R accept(AfterSalesEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
