package com.feedbackdesk.application.analysis.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.analysis.MonthOfTickets;
import com.feedbackdesk.application.analysis.view.ClassificationReview;
import com.feedbackdesk.application.analysis.view.MonthFacts;
import com.feedbackdesk.application.analysis.view.TicketFacts;
import com.feedbackdesk.application.analysis.view.TicketFactsRecorder;
import com.feedbackdesk.application.seed.MonthOfFeedback;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.ClassificationReviewed;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketEvent;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TicketFactsPort} must do; extended by each implementation's test. */
public abstract class TicketFactsPortContract {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final TicketFactsRecorder RECORDER =
      new TicketFactsRecorder(MonthOfTickets.ZONE, SlaTestData.catalogue(SlaTestData.AFTER_SALES));

  private TicketFactsPort facts;

  protected abstract TicketFactsPort createPort();

  @BeforeEach
  void createFreshPort() {
    facts = createPort();
  }

  /** The record after the first {@code count} of the plan's events (all when -1). */
  static TicketFacts folded(MonthOfFeedback.Plan plan, int count) {
    List<TicketEvent> events = plan.events();
    TicketFacts current = null;
    for (int i = 0; i < (count < 0 ? events.size() : count); i++) {
      current = RECORDER.fold(current, events.get(i), i);
    }
    return current;
  }

  /** A ticket of the generated month whose events run into December, reviewed in January. */
  static TicketFacts reviewedSpanningTwoMonths() {
    MonthOfFeedback.Plan plan =
        MonthOfTickets.generate(NOVEMBER, 400, 7L).stream()
            .filter(p -> p.closedAt() != null)
            .filter(p -> YearMonth.from(p.closedAt().atZone(MonthOfTickets.ZONE)).isAfter(NOVEMBER))
            .filter(p -> p.rating() != null)
            .findFirst()
            .orElseThrow();
    TicketFacts closed = folded(plan, -1);
    YearMonth closedIn = RECORDER.monthOf(plan.closedAt());
    return RECORDER.fold(
        closed,
        new ClassificationReviewed(
            plan.id(),
            closedIn.toString(),
            "sha256:0123456789ab",
            plan.actual(),
            false,
            plan.actual() == Category.CQ09 ? Category.CQ01 : Category.CQ09,
            "wrong",
            Actor.agent("chen.jing"),
            closedIn.plusMonths(1).atDay(3).atStartOfDay(MonthOfTickets.ZONE).toInstant()),
        closed.version() + 1);
  }

  @Test
  void aRecordWithEveryKindOfFactIsReadBackExactlyAndNeverRolledBack() {
    TicketFacts reviewed = reviewedSpanningTwoMonths();

    facts.save(reviewed);
    MonthOfFeedback.Plan earlier = MonthOfTickets.generate(NOVEMBER, 400, 7L).get(0);
    facts.save(folded(earlier, 3));
    facts.save(folded(earlier, -1));
    facts.save(folded(earlier, 3));

    assertThat(facts.find(reviewed.ticketId())).contains(reviewed);
    assertThat(facts.find(earlier.id())).contains(folded(earlier, -1));
    assertThat(reviewed.months()).hasSizeGreaterThanOrEqualTo(2);
    ClassificationReview review =
        reviewed.months().stream()
            .map(MonthFacts::review)
            .filter(r -> r != null)
            .findFirst()
            .orElseThrow();
    assertThat(review.correct()).isFalse();
  }

  @Test
  void theMonthsInARangeAreFoundAndNoOthers() {
    List<MonthOfFeedback.Plan> plans = MonthOfTickets.generate(NOVEMBER, 60, 11L);
    plans.forEach(plan -> facts.save(folded(plan, -1)));

    List<MonthFacts> november = facts.months(NOVEMBER, NOVEMBER);
    List<MonthFacts> both = facts.months(NOVEMBER, NOVEMBER.plusMonths(1));
    List<MonthFacts> october = facts.months(NOVEMBER.minusMonths(1), NOVEMBER.minusMonths(1));

    assertThat(november).hasSize(60).allMatch(month -> month.month().equals(NOVEMBER));
    assertThat(both.size()).isGreaterThan(60);
    assertThat(october).isEmpty();
  }

  @Test
  void deletingAllForgetsEveryRecord() {
    TicketFacts reviewed = reviewedSpanningTwoMonths();
    facts.save(reviewed);

    facts.deleteAll();

    assertThat(facts.find(reviewed.ticketId())).isEmpty();
    assertThat(facts.months(NOVEMBER, NOVEMBER.plusMonths(3))).isEmpty();
  }
}
