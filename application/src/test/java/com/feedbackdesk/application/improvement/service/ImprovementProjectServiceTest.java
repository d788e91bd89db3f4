package com.feedbackdesk.application.improvement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.analysis.MonthOfTickets;
import com.feedbackdesk.application.analysis.port.out.memory.InMemoryTicketFacts;
import com.feedbackdesk.application.analysis.service.AnalysisService;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.analysis.view.QualitySampling;
import com.feedbackdesk.application.analysis.view.TicketFacts;
import com.feedbackdesk.application.analysis.view.TicketFactsRecorder;
import com.feedbackdesk.application.improvement.port.in.ImprovementProjectNotFoundException;
import com.feedbackdesk.application.improvement.port.in.MonthNotOverException;
import com.feedbackdesk.application.improvement.port.out.memory.InMemoryImprovementProjects;
import com.feedbackdesk.application.improvement.projection.ImprovementProjectProjection;
import com.feedbackdesk.application.improvement.view.TrackedProject;
import com.feedbackdesk.application.seed.MonthOfFeedback;
import com.feedbackdesk.domain.improvement.ImprovementProject;
import com.feedbackdesk.domain.improvement.ImprovementProjectStateException;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.SlaTestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hot spots of a generated month raise one project each, once however often asked, and a project is
 * tracked through start and progress to completion, as the monthly report then shows.
 */
class ImprovementProjectServiceTest {

  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  static final Caller DIRECTOR = Caller.staff("wang.director", null, Role.DIRECTOR);
  static final Caller ANALYST = Caller.staff("ana.lyst", null, Role.ANALYST);

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-01T02:00:00Z"));
  private final InMemoryImprovementProjects projects = new InMemoryImprovementProjects();
  private Configuration axon;
  private AnalysisService analysis;
  private ImprovementProjectService service;

  @BeforeEach
  void wire() {
    InMemoryTicketFacts facts = new InMemoryTicketFacts();
    TicketFactsRecorder recorder =
        new TicketFactsRecorder(
            MonthOfTickets.ZONE, SlaTestData.catalogue(SlaTestData.AFTER_SALES));
    for (MonthOfFeedback.Plan plan : MonthOfTickets.generate(NOVEMBER, 500, 99L)) {
      TicketFacts current = null;
      for (int i = 0; i < plan.events().size(); i++) {
        current = recorder.fold(current, plan.events().get(i), i);
      }
      facts.save(current);
    }
    var clock = com.feedbackdesk.domain.shared.TestClocks.following(now::get);
    axon =
        DefaultConfigurer.defaultConfiguration()
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .configureAggregate(ImprovementProject.class)
            .eventProcessing(
                processing ->
                    processing
                        .usingSubscribingEventProcessors()
                        .registerEventHandler(c -> new ImprovementProjectProjection(projects)))
            .buildConfiguration();
    axon.start();
    analysis =
        new AnalysisService(
            facts,
            QualitySampling.STANDARD,
            (caller, operation, ticket, command) -> {
              throw new AssertionError("no ticket change expected");
            },
            new RaisedProjects(projects, MonthOfTickets.ZONE, clock),
            MonthOfTickets.ZONE,
            clock);
    service =
        new ImprovementProjectService(
            axon.commandGateway(),
            axon.eventStore(),
            projects,
            analysis,
            MonthOfTickets.ZONE,
            clock);
  }

  @AfterEach
  void shutDown() {
    axon.shutdown();
  }

  @Test
  void eachHotSpotRaisesOneProjectDueAMonthOutHoweverOftenAsked() {
    List<MonthlyReport.HotSpot> hotSpots = analysis.monthlyReport(ANALYST, NOVEMBER).hotSpots();

    List<TrackedProject> raised = service.raiseForMonth(DIRECTOR, NOVEMBER);
    List<TrackedProject> again = service.raiseForLastMonth(Duration.ofHours(1));

    assertThat(hotSpots).isNotEmpty();
    assertThat(raised).hasSize(hotSpots.size());
    assertThat(again).isEqualTo(raised);
    assertThat(axon.eventStore().readEvents(raised.get(0).project().id().value()).asStream())
        .hasSize(1);
    assertThat(raised)
        .allSatisfy(
            tracked -> {
              assertThat(tracked.project().status()).isEqualTo(ImprovementStatus.RAISED);
              assertThat(tracked.project().dueOn()).isEqualTo(LocalDate.of(2027, 1, 1));
              assertThat(tracked.project().raisedBy().id()).isEqualTo("wang.director");
              assertThat(tracked.overdue()).isFalse();
            });
    assertThat(analysis.monthlyReport(ANALYST, NOVEMBER).hotSpots())
        .allSatisfy(h -> assertThat(h.project()).isNotNull());
  }

  @Test
  void aProjectIsTrackedToCompletionAndIsOverdueWhenLatePastItsDay() {
    String id = service.raiseForMonth(DIRECTOR, NOVEMBER).get(0).project().id().value();
    Department logistics = new Department("WAREHOUSE_LOGISTICS");

    service.start(DIRECTOR, id, logistics, "li.na", "换包装");
    service.recordProgress(DIRECTOR, id, "试点上线");
    now.set(Instant.parse("2027-01-05T02:00:00Z"));
    assertThat(service.list(ANALYST, null, null, true))
        .extracting(t -> t.project().id().value())
        .contains(id);
    TrackedProject completed = service.complete(DIRECTOR, id, "破损投诉下降 40%");

    assertThat(completed.project().status()).isEqualTo(ImprovementStatus.COMPLETED);
    assertThat(completed.project().progress())
        .singleElement()
        .satisfies(n -> assertThat(n.note()).isEqualTo("试点上线"));
    assertThat(completed.overdue()).isFalse();
    assertThat(service.view(ANALYST, id)).isEqualTo(completed);
    assertThat(service.list(ANALYST, ImprovementStatus.COMPLETED, NOVEMBER, false))
        .containsExactly(completed);
    assertThatThrownBy(() -> service.recordProgress(DIRECTOR, id, "late"))
        .isInstanceOf(ImprovementProjectStateException.class);
  }

  @Test
  void aMonthNotOverRaisesNothingAndUnknownProjectsAndCallersAreRefused() {
    assertThatThrownBy(() -> service.raiseForMonth(DIRECTOR, YearMonth.of(2026, 12)))
        .isInstanceOf(MonthNotOverException.class);
    assertThatThrownBy(() -> service.view(ANALYST, "IP-202611-CATEGORY-CQ99"))
        .isInstanceOf(ImprovementProjectNotFoundException.class);
    assertThatThrownBy(() -> service.view(ANALYST, "../etc"))
        .isInstanceOf(ImprovementProjectNotFoundException.class);
    assertThatThrownBy(() -> service.raiseForMonth(ANALYST, NOVEMBER))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(() -> service.list(Caller.customer("C1"), null, null, false))
        .isInstanceOf(OperationNotPermittedException.class);
  }
}
