package com.feedbackdesk.application.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.analysis.MonthOfTickets;
import com.feedbackdesk.application.analysis.port.out.memory.InMemoryTicketFacts;
import com.feedbackdesk.application.analysis.view.DurationFigures;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.analysis.view.QualitySampling;
import com.feedbackdesk.application.analysis.view.SatisfactionFigures;
import com.feedbackdesk.application.analysis.view.Share;
import com.feedbackdesk.application.analysis.view.TicketFacts;
import com.feedbackdesk.application.analysis.view.TicketFactsRecorder;
import com.feedbackdesk.application.seed.MonthOfFeedback;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly report of a generated month (2,000 tickets over November 2026, with
 * reclassifications, reopenings, late clocks, ratings and unanswered surveys, some events in
 * December) checked against figures computed here from the generator's plans, independently of the
 * read model's fold.
 */
class MonthlyReportTest {

  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  static final Caller ANALYST = Caller.staff("ana.lyst", null, Role.ANALYST);

  static List<MonthOfFeedback.Plan> plans;
  static InMemoryTicketFacts facts;
  static AnalysisService analysis;

  @BeforeAll
  static void foldTheMonth() {
    plans = MonthOfTickets.generate(NOVEMBER, 2_000, 20261101L);
    facts = new InMemoryTicketFacts();
    TicketFactsRecorder recorder =
        new TicketFactsRecorder(
            MonthOfTickets.ZONE, SlaTestData.catalogue(SlaTestData.AFTER_SALES));
    for (MonthOfFeedback.Plan plan : plans) {
      TicketFacts current = null;
      List<TicketEvent> events = plan.events();
      for (int i = 0; i < events.size(); i++) {
        current = recorder.fold(current, events.get(i), i);
      }
      facts.save(current);
    }
    analysis = service(Instant.parse("2027-01-15T00:00:00Z"));
  }

  static AnalysisService service(Instant now) {
    return service(facts, now);
  }

  static AnalysisService service(InMemoryTicketFacts facts, Instant now) {
    return new AnalysisService(
        facts,
        QualitySampling.STANDARD,
        (caller, operation, ticket, command) -> {
          throw new AssertionError("no change expected");
        },
        AnalysisService.HotSpotProjects.NONE,
        MonthOfTickets.ZONE,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static boolean inNovember(Instant at) {
    return at != null && YearMonth.from(at.atZone(MonthOfTickets.ZONE)).equals(NOVEMBER);
  }

  private static Instant endOfNovember() {
    return NOVEMBER.plusMonths(1).atDay(1).atStartOfDay(MonthOfTickets.ZONE).toInstant();
  }

  @Test
  void theVolumeIsTheMonthsSubmissionsByTheirCategoryAtTheMonthsEnd() {
    MonthlyReport report = analysis.monthlyReport(ANALYST, NOVEMBER);

    List<MonthOfFeedback.Plan> submitted =
        plans.stream().filter(p -> inNovember(p.submittedAt())).toList();
    Map<String, Long> expected = new TreeMap<>();
    for (MonthOfFeedback.Plan plan : submitted) {
      boolean reclassifiedInTime =
          plan.reclassifiedAt() != null && plan.reclassifiedAt().isBefore(endOfNovember());
      Category category = reclassifiedInTime ? plan.actual() : plan.suggested();
      expected.merge(category.name(), 1L, Long::sum);
    }
    assertThat(report.volume().total()).isEqualTo(submitted.size()).isEqualTo(2_000);
    assertThat(counts(report.volume().byCategory())).isEqualTo(expected);
    assertThat(report.volume().byChannel().stream().mapToLong(Share::count).sum()).isEqualTo(2_000);
    assertThat(report.complete()).isTrue();
  }

  @Test
  void responseAndResolutionTimesAreThoseGivenInTheMonthInCalendarAndBusinessTime() {
    MonthlyReport report = analysis.monthlyReport(ANALYST, NOVEMBER);

    List<Duration> responses = new ArrayList<>();
    List<Duration> businessResponses = new ArrayList<>();
    List<Duration> resolutions = new ArrayList<>();
    for (MonthOfFeedback.Plan plan : plans) {
      if (inNovember(plan.respondedAt())) {
        responses.add(Duration.between(plan.submittedAt(), plan.respondedAt()));
        businessResponses.add(
            SlaTestData.WORKING_WEEK.businessTimeBetween(plan.submittedAt(), plan.respondedAt()));
      }
      if (inNovember(plan.resolvedAt())) {
        resolutions.add(Duration.between(plan.submittedAt(), plan.resolvedAt()));
      }
    }
    assertFigures(report.firstResponse().calendar(), responses);
    assertFigures(report.firstResponse().business(), businessResponses);
    assertFigures(report.resolution().calendar(), resolutions);
    assertThat(report.firstResponse().business().meanHours())
        .as("nights and weekends do not count")
        .isLessThan(report.firstResponse().calendar().meanHours());
  }

  private static void assertFigures(DurationFigures figures, List<Duration> durations) {
    double[] hours =
        durations.stream().mapToDouble(d -> d.toMillis() / 3_600_000.0).sorted().toArray();
    assertThat(figures.count()).isEqualTo(hours.length);
    assertThat(figures.meanHours())
        .isCloseTo(java.util.Arrays.stream(hours).average().orElseThrow(), within(0.006));
    // nearest rank: the value at position ceil(p * n)
    assertThat(figures.medianHours())
        .isCloseTo(hours[(int) Math.ceil(0.5 * hours.length) - 1], within(0.006));
    assertThat(figures.p90Hours())
        .isCloseTo(hours[(int) Math.ceil(0.9 * hours.length) - 1], within(0.006));
  }

  @Test
  void theFirstResponseClockIsMetInTheMonthItStoppedAndBreachedInTheMonthItFellDue() {
    MonthlyReport report = analysis.monthlyReport(ANALYST, NOVEMBER);

    long met = 0;
    long breached = 0;
    for (MonthOfFeedback.Plan plan : plans) {
      // the first run, from submission: 4 h for P2, 24 h for P3 (calendar time)
      Duration limit = Duration.ofHours(plan.priority() == Priority.P2 ? 4 : 24);
      Instant due = plan.submittedAt().plus(limit);
      if (!plan.respondedAt().isAfter(due)) {
        met += inNovember(plan.respondedAt()) ? 1 : 0;
      } else {
        breached += inNovember(due) ? 1 : 0;
      }
      // after a reopening, until the next resolution: 2 h for P2, 24 h for P3
      if (plan.reopenedAt() != null) {
        Instant dueAgain =
            plan.reopenedAt().plus(Duration.ofHours(plan.priority() == Priority.P2 ? 2 : 24));
        if (!plan.resolvedAgainAt().isAfter(dueAgain)) {
          met += inNovember(plan.resolvedAgainAt()) ? 1 : 0;
        } else {
          breached += inNovember(dueAgain) ? 1 : 0;
        }
      }
    }
    var firstResponse = report.sla().get(SlaClockKind.FIRST_RESPONSE);
    assertThat(firstResponse.met()).isEqualTo(met);
    assertThat(firstResponse.breached()).isEqualTo(breached).isPositive();
    assertThat(firstResponse.attainment()).isCloseTo((double) met / (met + breached), within(1e-9));
  }

  @Test
  void reopeningsSatisfactionAndAccuracyCountWhatHappenedInTheMonth() {
    MonthlyReport report = analysis.monthlyReport(ANALYST, NOVEMBER);

    long resolutions =
        count(p -> inNovember(p.resolvedAt())) + count(p -> inNovember(p.resolvedAgainAt()));
    long reopenings = count(p -> inNovember(p.reopenedAt()));
    assertThat(report.reopening().resolutions()).isEqualTo(resolutions);
    assertThat(report.reopening().reopenings()).isEqualTo(reopenings).isPositive();
    assertThat(report.reopening().rate())
        .isCloseTo((double) reopenings / resolutions, within(1e-9));

    Map<Satisfaction, Long> ratings = new EnumMap<>(Satisfaction.class);
    for (Satisfaction level : Satisfaction.values()) {
      ratings.put(level, 0L);
    }
    long unanswered = 0;
    for (MonthOfFeedback.Plan plan : plans) {
      if (inNovember(plan.ratedAt())) {
        ratings.merge(plan.rating(), 1L, Long::sum);
      }
      if (inNovember(plan.ratedAgainAt())) {
        ratings.merge(Satisfaction.SATISFIED, 1L, Long::sum);
      }
      if (plan.outcome() == MonthOfFeedback.Outcome.TIMED_OUT && inNovember(plan.closedAt())) {
        unanswered++;
      }
    }
    long rated = ratings.values().stream().mapToLong(Long::longValue).sum();
    SatisfactionFigures satisfaction = report.satisfaction();
    assertThat(satisfaction.ratings()).isEqualTo(ratings);
    assertThat(satisfaction.unanswered()).isEqualTo(unanswered).isPositive();
    assertThat(satisfaction.csat())
        .isCloseTo(
            (double)
                    (ratings.get(Satisfaction.SATISFIED)
                        + ratings.get(Satisfaction.BASICALLY_SATISFIED))
                / rated,
            within(1e-9));
    assertThat(satisfaction.responseRate())
        .isCloseTo((double) rated / (rated + unanswered), within(1e-9));

    List<MonthOfFeedback.Plan> closed =
        plans.stream().filter(p -> inNovember(p.closedAt())).toList();
    long confirmed = closed.stream().filter(p -> p.suggested() == p.actual()).count();
    MonthlyReport.Accuracy accuracy = report.classification();
    assertThat(accuracy.closed()).isEqualTo(closed.size());
    assertThat(accuracy.withSuggestion()).isEqualTo(closed.size());
    assertThat(accuracy.suggestionConfirmed()).isEqualTo(confirmed);
    assertThat(accuracy.automatic()).isCloseTo((double) confirmed / closed.size(), within(1e-9));
  }

  @Test
  void theQualitySampleIsAboutThirtyPercentOfTheClosedTicketsAndTheSameEveryTime() {
    var sample = analysis.qualitySample(Caller.staff("chen.jing", null, Role.SUPERVISOR), NOVEMBER);
    var again = service(Instant.parse("2027-03-01T00:00:00Z")).qualitySample(ANALYST, NOVEMBER);

    long closed = count(p -> inNovember(p.closedAt()));
    assertThat(sample.closed()).isEqualTo(closed);
    assertThat((double) sample.tickets().size() / closed).isBetween(0.26, 0.34);
    assertThat(again.tickets()).isEqualTo(sample.tickets());
    assertThat(sample.samplingVersion())
        .isEqualTo(QualitySampling.STANDARD.version())
        .startsWith("sha256:");
    assertThat(analysis.monthlyReport(ANALYST, NOVEMBER).classification().sample().drawn())
        .isEqualTo(sample.tickets().size());
  }

  @Test
  void hotSpotsAreTheCategoriesAndProductsAboveFivePercentOfTheMonthsSubmissions() {
    MonthlyReport report = analysis.monthlyReport(ANALYST, NOVEMBER);

    Map<String, Long> counts = new TreeMap<>();
    List<MonthOfFeedback.Plan> submitted =
        plans.stream().filter(p -> inNovember(p.submittedAt())).toList();
    for (MonthOfFeedback.Plan plan : submitted) {
      boolean reclassifiedInTime =
          plan.reclassifiedAt() != null && plan.reclassifiedAt().isBefore(endOfNovember());
      Category category = reclassifiedInTime ? plan.actual() : plan.suggested();
      counts.merge("CATEGORY " + category.name(), 1L, Long::sum);
      if (plan.product() != null) {
        counts.merge("PRODUCT " + plan.product(), 1L, Long::sum);
      }
    }
    List<String> expected =
        counts.entrySet().stream()
            .filter(entry -> entry.getValue() > 0.05 * submitted.size())
            .map(Map.Entry::getKey)
            .toList();

    assertThat(report.hotSpots())
        .extracting(h -> h.kind() + " " + h.key())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected)
        .contains("CATEGORY CQ02", "CATEGORY CQ01", "PRODUCT 蓝牙耳机 A1")
        .doesNotContain("CATEGORY CQ08", "CATEGORY CQ06", "PRODUCT 保温杯 500ml");
  }

  @Test
  void satisfactionIsBrokenDownByMonthCategoryDepartmentAssigneeAndChannel() {
    var stats = analysis.satisfaction(ANALYST, NOVEMBER, NOVEMBER.plusMonths(1));
    MonthlyReport november = analysis.monthlyReport(ANALYST, NOVEMBER);
    MonthlyReport december = analysis.monthlyReport(ANALYST, NOVEMBER.plusMonths(1));

    assertThat(stats.byMonth()).hasSize(2);
    assertThat(stats.byMonth().get(0).figures()).isEqualTo(november.satisfaction());
    assertThat(stats.byMonth().get(1).figures()).isEqualTo(december.satisfaction());
    assertThat(stats.overall().rated())
        .isEqualTo(november.satisfaction().rated() + december.satisfaction().rated());
    for (var groups :
        List.of(stats.byCategory(), stats.byDepartment(), stats.byAssignee(), stats.byChannel())) {
      assertThat(groups.stream().mapToLong(g -> g.figures().rated()).sum())
          .isEqualTo(stats.overall().rated());
    }
    assertThat(stats.byDepartment())
        .extracting(g -> g.key())
        .containsExactly("CUSTOMER_SERVICE", "TECHNICAL", "WAREHOUSE_LOGISTICS");
  }

  @Test
  void novembersFiguresDoNotChangeWhenDecembersEventsArrive() {
    InMemoryTicketFacts untilTheMonthsEnd = new InMemoryTicketFacts();
    TicketFactsRecorder recorder =
        new TicketFactsRecorder(
            MonthOfTickets.ZONE, SlaTestData.catalogue(SlaTestData.AFTER_SALES));
    for (MonthOfFeedback.Plan plan : plans) {
      TicketFacts current = null;
      List<TicketEvent> events = plan.events();
      for (int i = 0; i < events.size() && events.get(i).at().isBefore(endOfNovember()); i++) {
        current = recorder.fold(current, events.get(i), i);
      }
      untilTheMonthsEnd.save(current);
    }
    Instant now = Instant.parse("2027-01-15T00:00:00Z");

    MonthlyReport before = service(untilTheMonthsEnd, now).monthlyReport(ANALYST, NOVEMBER);
    MonthlyReport after = service(facts, now).monthlyReport(ANALYST, NOVEMBER);

    assertThat(after).isEqualTo(before);
    assertThat(plans.stream().filter(p -> p.closedAt() != null && !inNovember(p.closedAt())))
        .as("the month's tickets had events in December")
        .isNotEmpty();
  }

  @Test
  void callersWithoutTheRoleAreRefused() {
    Caller handler = Caller.staff("li.na", new Department("TECHNICAL"), Role.HANDLER);

    assertThatThrownBy(() -> analysis.monthlyReport(handler, NOVEMBER))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(() -> analysis.satisfaction(Caller.customer("C1"), NOVEMBER, NOVEMBER))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(() -> analysis.qualitySample(Caller.staff("a", null, Role.AGENT), NOVEMBER))
        .isInstanceOf(OperationNotPermittedException.class);
  }

  private static long count(Predicate<MonthOfFeedback.Plan> condition) {
    return plans.stream().filter(condition).count();
  }

  private static Map<String, Long> counts(List<Share> shares) {
    Map<String, Long> counts = new TreeMap<>();
    shares.forEach(share -> counts.put(share.key(), share.count()));
    return counts;
  }
}
