package com.feedbackdesk.application.ticket.port.out;

import static com.feedbackdesk.application.ticket.view.TicketViews.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TicketEscalated;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TicketQueuePort} must do; extended by each implementation's test. */
public abstract class TicketQueuePortContract {

  private static final Instant T0 = Instant.parse("2024-05-20T00:00:00Z");
  private static final Department TECH = new Department("TECHNICAL");
  private static final Department LOGISTICS = new Department("WAREHOUSE_LOGISTICS");

  private TicketQueuePort queue;

  // due in 10 h, P2 | due in 10 h, P1 | due in 5 h, P3 | resolved (no deadline) | due in 10 h, P1,
  // older
  private final TicketSummary dueLaterP2 =
      summary(
          1,
          TicketStatus.IN_PROGRESS,
          Priority.P2,
          Category.CQ02,
          LOGISTICS,
          "li.na",
          "C1",
          T0.plusSeconds(60),
          T0.plusSeconds(36_000));
  private final TicketSummary dueLaterP1 =
      summary(
          2,
          TicketStatus.ASSIGNED,
          Priority.P1,
          Category.CQ01,
          TECH,
          "wang.lei",
          "C2",
          T0.plusSeconds(120),
          T0.plusSeconds(36_000));
  private final TicketSummary dueFirst =
      summary(
          3,
          TicketStatus.SUBMITTED,
          Priority.P3,
          Category.CQ09,
          null,
          null,
          "C1",
          T0.plusSeconds(180),
          T0.plusSeconds(18_000));
  private final TicketSummary resolved =
      summary(4, TicketStatus.RESOLVED, Priority.P1, Category.CQ01, TECH, "li.na", "C3", T0, null);
  private final TicketSummary dueLaterP1Older =
      summary(
          5,
          TicketStatus.IN_PROGRESS,
          Priority.P1,
          Category.CQ01,
          TECH,
          "li.na",
          "C2",
          T0.plusSeconds(30),
          T0.plusSeconds(36_000));

  protected abstract TicketQueuePort createPort();

  @BeforeEach
  void fillQueue() {
    queue = createPort();
    for (TicketSummary summary :
        List.of(dueLaterP2, dueLaterP1, dueFirst, resolved, dueLaterP1Older)) {
      queue.save(summary);
    }
  }

  private static TicketQueueQuery query(
      Set<TicketStatus> statuses,
      Set<Priority> priorities,
      Department department,
      String assignee,
      String customerId,
      int page,
      int size) {
    return new TicketQueueQuery(
        statuses, null, priorities, department, assignee, null, null, customerId, page, size);
  }

  @Test
  void theDirectorsQueueListsTheTicketsEscalatedToTheDirector() {
    TicketSummary escalated =
        TicketSummary.fold(
            dueFirst,
            new TicketEscalated(
                dueFirst.id(),
                EscalationLevel.HANDLER,
                EscalationLevel.DIRECTOR,
                "the customer is unsatisfied",
                Actor.customer("C1"),
                T0.plusSeconds(400)),
            dueFirst.version() + 1);
    queue.save(escalated);

    assertThat(
            queue
                .search(
                    new TicketQueueQuery(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(EscalationLevel.DIRECTOR),
                        null,
                        0,
                        20))
                .items())
        .containsExactly(escalated);
  }

  @Test
  void theFollowUpQueueListsTheReturnVisitsDueTheOneDueFirstFirst() {
    TicketSummary closedVisitLater =
        withReturnVisit(
            summary(
                6,
                TicketStatus.CLOSED,
                Priority.P3,
                Category.CQ02,
                LOGISTICS,
                "li.na",
                "C1",
                T0,
                null),
            T0.plusSeconds(90_000));
    TicketSummary resolvedVisitFirst =
        withReturnVisit(
            summary(
                7,
                TicketStatus.RESOLVED,
                Priority.P3,
                Category.CQ02,
                LOGISTICS,
                "li.na",
                "C1",
                T0,
                null),
            T0.plusSeconds(80_000));
    queue.save(closedVisitLater);
    queue.save(resolvedVisitFirst);

    TicketPage due = queue.followUps(0, 10);

    assertThat(due.items())
        .extracting(TicketSummary::id)
        .containsExactly(resolvedVisitFirst.id(), closedVisitLater.id());
    assertThat(due.total()).isEqualTo(2);
    assertThat(queue.followUps(1, 1).items())
        .extracting(TicketSummary::id)
        .containsExactly(closedVisitLater.id());
  }

  private static TicketSummary withReturnVisit(TicketSummary summary, Instant due) {
    return new TicketSummary(
        summary.id(),
        summary.number(),
        summary.status(),
        summary.channel(),
        summary.classification(),
        summary.customer(),
        summary.orderNumber(),
        summary.product(),
        summary.region(),
        summary.department(),
        summary.assignee(),
        summary.supportingDepartments(),
        summary.escalationLevel(),
        summary.reopenCount(),
        summary.occurredAt(),
        summary.submittedAt(),
        java.util.Map.of(com.feedbackdesk.domain.ticket.SlaClockKind.RETURN_VISIT, due),
        summary.updatedAt(),
        summary.version());
  }

  @Test
  void mostUrgentFirstEarliestDeadlineThenPriorityThenOldestAndTicketsWithoutDeadlineLast() {
    TicketPage page = queue.search(TicketQueueQuery.everything());

    assertThat(page.items())
        .containsExactly(dueFirst, dueLaterP1Older, dueLaterP1, dueLaterP2, resolved);
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void pagesSliceTheSameOrderAndCountEverythingThatMatches() {
    TicketPage second = queue.search(query(null, null, null, null, null, 1, 2));

    assertThat(second.items()).containsExactly(dueLaterP1, dueLaterP2);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(2);
    assertThat(second.total()).isEqualTo(5);
    assertThat(queue.search(query(null, null, null, null, null, 3, 2)).items()).isEmpty();
  }

  @Test
  void filtersCombineAndASetFilterMatchesAnyOfItsValues() {
    assertThat(
            queue
                .search(
                    query(
                        Set.of(TicketStatus.IN_PROGRESS, TicketStatus.ASSIGNED),
                        null,
                        null,
                        null,
                        null,
                        0,
                        20))
                .items())
        .containsExactly(dueLaterP1Older, dueLaterP1, dueLaterP2);
    assertThat(queue.search(query(null, Set.of(Priority.P1), TECH, "li.na", null, 0, 20)).items())
        .containsExactly(dueLaterP1Older, resolved);
    assertThat(queue.search(query(null, null, null, null, "C1", 0, 20)).items())
        .containsExactly(dueFirst, dueLaterP2);
    assertThat(
            queue
                .search(
                    new TicketQueueQuery(
                        null,
                        Set.of(Category.CQ09),
                        null,
                        null,
                        null,
                        Set.of(Channel.APP),
                        null,
                        null,
                        0,
                        20))
                .items())
        .containsExactly(dueFirst);
    assertThat(
            queue.search(query(Set.of(TicketStatus.CLOSED), null, null, null, null, 0, 20)).total())
        .isZero();
  }

  @Test
  void aSummaryIsFoundByIdAndOlderVersionsNeverReplaceNewerOnes() {
    TicketSummary older =
        new TicketSummary(
            dueFirst.id(),
            dueFirst.number(),
            TicketStatus.CLOSED,
            dueFirst.channel(),
            dueFirst.classification(),
            dueFirst.customer(),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            dueFirst.escalationLevel(),
            0,
            dueFirst.occurredAt(),
            dueFirst.submittedAt(),
            null,
            dueFirst.updatedAt(),
            dueFirst.version() - 1);

    queue.save(older);

    assertThat(queue.find(dueFirst.id())).contains(dueFirst);
  }

  @Test
  void deleteAllEmptiesTheQueue() {
    queue.deleteAll();

    assertThat(queue.search(TicketQueueQuery.everything()).total()).isZero();
    assertThat(queue.find(dueFirst.id())).isEmpty();
  }
}
