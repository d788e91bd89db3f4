package com.feedbackdesk.application.improvement.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.improvement.view.ImprovementProjectView;
import com.feedbackdesk.domain.improvement.ImprovementEvent;
import com.feedbackdesk.domain.improvement.ImprovementProgressRecorded;
import com.feedbackdesk.domain.improvement.ImprovementProjectCompleted;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementProjectRaised;
import com.feedbackdesk.domain.improvement.ImprovementProjectStarted;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.improvement.ImprovementSubject;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ImprovementProjectPort} must do; extended by each implementation's test. */
public abstract class ImprovementProjectPortContract {

  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  static final Instant RAISED_AT = Instant.parse("2026-12-01T01:00:00Z");

  private ImprovementProjectPort projects;

  protected abstract ImprovementProjectPort createPort();

  @BeforeEach
  void createFreshPort() {
    projects = createPort();
  }

  /** A project of the hot spot, through its events up to {@code count} of them. */
  public static ImprovementProjectView project(
      YearMonth month, ImprovementSubject subject, String key, int count) {
    ImprovementProjectId id = ImprovementProjectId.forHotSpot(month, subject, key);
    Actor director = Actor.agent("wang.director");
    List<ImprovementEvent> events =
        List.of(
            new ImprovementProjectRaised(
                id,
                month.toString(),
                subject,
                key,
                "物流服务 logistics",
                612,
                0.306,
                0.05,
                LocalDate.of(2027, 1, 1),
                Actor.system("month-close"),
                RAISED_AT),
            new ImprovementProjectStarted(
                id,
                new Department("WAREHOUSE_LOGISTICS"),
                "li.na",
                "换快递包装供应商",
                director,
                RAISED_AT.plusSeconds(3600)),
            new ImprovementProgressRecorded(id, "新包装试点上线", director, RAISED_AT.plusSeconds(7200)),
            new ImprovementProjectCompleted(
                id, "破损投诉下降 40%", director, RAISED_AT.plusSeconds(10800)));
    ImprovementProjectView view = null;
    for (int i = 0; i < count; i++) {
      view = ImprovementProjectView.fold(view, events.get(i), i);
    }
    return view;
  }

  @Test
  void aProjectWithEveryFieldIsReadBackExactlyAndNeverRolledBack() {
    ImprovementProjectView completed = project(NOVEMBER, ImprovementSubject.CATEGORY, "CQ02", 4);

    projects.save(completed);
    projects.save(project(NOVEMBER, ImprovementSubject.CATEGORY, "CQ02", 2));

    assertThat(projects.find(completed.id())).contains(completed);
    assertThat(completed.status()).isEqualTo(ImprovementStatus.COMPLETED);
    assertThat(completed.progress()).hasSize(1);
  }

  @Test
  void projectsAreListedByStatusAndMonthTheOneDueFirstFirst() {
    ImprovementProjectView raised = project(NOVEMBER, ImprovementSubject.PRODUCT, "蓝牙耳机 A1", 1);
    ImprovementProjectView started = project(NOVEMBER, ImprovementSubject.CATEGORY, "CQ01", 2);
    ImprovementProjectView october =
        project(NOVEMBER.minusMonths(1), ImprovementSubject.CATEGORY, "CQ01", 1);
    projects.save(raised);
    projects.save(started);
    projects.save(october);

    assertThat(projects.list(null, null)).hasSize(3);
    assertThat(projects.list(ImprovementStatus.RAISED, null))
        .containsExactlyInAnyOrder(raised, october);
    assertThat(projects.list(null, NOVEMBER.toString())).containsExactlyInAnyOrder(raised, started);
    assertThat(projects.list(ImprovementStatus.IN_PROGRESS, "2026-10")).isEmpty();

    projects.deleteAll();

    assertThat(projects.list(null, null)).isEmpty();
  }
}
