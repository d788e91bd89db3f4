package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A hot spot of a month's feedback raised an improvement project (专项改进): a category or product
 * above the threshold share of the month's submissions (DOMAIN.md: 5%, a project within a month).
 *
 * @param month the month whose report found the hot spot, {@code YYYY-MM}
 * @param subjectKey the category code or the product
 * @param tickets how many of the month's submissions it had
 * @param share their share of the month's submissions
 * @param threshold the share a hot spot exceeds
 * @param dueOn the day by which the project is to be completed: one month after it was raised
 */
@Revision("1")
public record ImprovementProjectRaised(
    ImprovementProjectId projectId,
    String month,
    ImprovementSubject subject,
    String subjectKey,
    String subjectLabel,
    long tickets,
    double share,
    double threshold,
    LocalDate dueOn,
    Actor actor,
    Instant at)
    implements ImprovementEvent {

  @Override
  public <R> R accept(ImprovementEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
