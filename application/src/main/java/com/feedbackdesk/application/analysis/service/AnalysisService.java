package com.feedbackdesk.application.analysis.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.analysis.port.in.AnalyzeUseCase;
import com.feedbackdesk.application.analysis.port.in.NotInQualitySampleException;
import com.feedbackdesk.application.analysis.port.out.TicketFactsPort;
import com.feedbackdesk.application.analysis.view.ClassificationReview;
import com.feedbackdesk.application.analysis.view.DurationFigures;
import com.feedbackdesk.application.analysis.view.MonthFacts;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.analysis.view.QualitySample;
import com.feedbackdesk.application.analysis.view.QualitySampling;
import com.feedbackdesk.application.analysis.view.RecordedReview;
import com.feedbackdesk.application.analysis.view.SatisfactionFigures;
import com.feedbackdesk.application.analysis.view.SatisfactionStats;
import com.feedbackdesk.application.analysis.view.Share;
import com.feedbackdesk.application.sla.view.SlaAttainment;
import com.feedbackdesk.application.ticket.port.in.ChangeTicketUseCase;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.improvement.ImprovementSubject;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.ReviewClassificationCommand;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Sums the analysis read model into the satisfaction statistics, the monthly report and the quality
 * sample, and records supervisors' verdicts on the sample through the ticket.
 */
public final class AnalysisService implements AnalyzeUseCase {

  /** The SOPs' threshold: a category above 5% of the month's feedback is a hot spot. */
  public static final double HOT_SPOT_THRESHOLD = 0.05;

  private final TicketFactsPort facts;
  private final QualitySampling sampling;
  private final ChangeTicketUseCase changes;
  private final HotSpotProjects projects;
  private final ZoneId zone;
  private final Clock clock;

  public AnalysisService(
      TicketFactsPort facts,
      QualitySampling sampling,
      ChangeTicketUseCase changes,
      HotSpotProjects projects,
      ZoneId zone,
      Clock clock) {
    this.facts = facts;
    this.sampling = sampling;
    this.changes = changes;
    this.projects = projects;
    this.zone = zone;
    this.clock = clock;
  }

  /** Where the improvement projects raised for hot spots are found. */
  public interface HotSpotProjects {

    /** The project raised for the hot spot, or null when none has been. */
    MonthlyReport.ProjectRef raisedFor(YearMonth month, ImprovementSubject kind, String key);

    HotSpotProjects NONE = (month, kind, key) -> null;
  }

  @Override
  public SatisfactionStats satisfaction(Caller caller, YearMonth from, YearMonth to) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_STATISTICS);
    if (to == null) {
      to = YearMonth.now(clock.withZone(zone));
    }
    if (from == null) {
      from = to;
    }
    requireRange(from, to);
    List<MonthFacts> months = facts.months(from, to);
    return new SatisfactionStats(
        from,
        to,
        SatisfactionFigures.of(months),
        groups(months, facts -> facts.month().toString(), key -> key),
        groups(months, facts -> name(facts.category()), AnalysisService::categoryLabel),
        groups(months, facts -> code(facts.department()), key -> key == null ? "none" : key),
        groups(months, MonthFacts::assignee, key -> key == null ? "unassigned" : key),
        groups(months, facts -> name(facts.channel()), key -> key));
  }

  private static void requireRange(YearMonth from, YearMonth to) {
    if (from.isAfter(to)) {
      throw new InvalidValueException("from", "from " + from + " lies after to " + to);
    }
    if (from.plusMonths(MAX_MONTHS_PER_QUERY - 1L).isBefore(to)) {
      throw new InvalidValueException(
          "to", "at most " + MAX_MONTHS_PER_QUERY + " months are summed at once");
    }
  }

  private static List<SatisfactionStats.Group> groups(
      List<MonthFacts> months, Function<MonthFacts, String> key, Function<String, String> label) {
    Map<String, List<MonthFacts>> byKey = new LinkedHashMap<>();
    months.stream()
        .filter(facts -> facts.rated() > 0 || facts.unanswered() > 0)
        .sorted(Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(
            facts -> byKey.computeIfAbsent(key.apply(facts), k -> new ArrayList<>()).add(facts));
    List<SatisfactionStats.Group> groups = new ArrayList<>();
    byKey.forEach(
        (value, group) ->
            groups.add(
                new SatisfactionStats.Group(
                    value, label.apply(value), SatisfactionFigures.of(group))));
    return groups;
  }

  @Override
  public MonthlyReport monthlyReport(Caller caller, YearMonth month) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_MONTHLY_REPORT);
    return report(month);
  }

  /** The month's report, for the callers of this service that act on it (the hot spots' job). */
  public MonthlyReport report(YearMonth month) {
    Instant now = clock.instant();
    List<MonthFacts> all = facts.months(month, month);
    List<MonthFacts> submitted = all.stream().filter(MonthFacts::submitted).toList();
    MonthlyReport.Volume volume =
        new MonthlyReport.Volume(
            submitted.size(),
            shares(submitted, f -> name(f.category()), AnalysisService::categoryLabel),
            shares(submitted, f -> name(f.type()), key -> key),
            shares(submitted, f -> name(f.channel()), key -> key),
            shares(submitted, f -> code(f.department()), key -> key == null ? "none" : key),
            shares(
                submitted.stream().filter(f -> f.product() != null).toList(),
                MonthFacts::product,
                key -> key,
                submitted.size()));
    return new MonthlyReport(
        month,
        zone.getId(),
        !now.isBefore(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()),
        now,
        volume,
        both(all, MonthFacts::firstResponse, MonthFacts::firstResponseBusiness),
        both(all, MonthFacts::resolution, MonthFacts::resolutionBusiness),
        attainment(all),
        reopening(all),
        SatisfactionFigures.of(all),
        accuracy(month, all),
        HOT_SPOT_THRESHOLD,
        hotSpots(month, volume));
  }

  private static List<Share> shares(
      List<MonthFacts> facts, Function<MonthFacts, String> key, Function<String, String> label) {
    return shares(facts, key, label, facts.size());
  }

  /** Counts per value, most frequent first (then by value), as shares of {@code total}. */
  private static List<Share> shares(
      List<MonthFacts> facts,
      Function<MonthFacts, String> key,
      Function<String, String> label,
      long total) {
    Map<String, Long> counts = new LinkedHashMap<>();
    facts.forEach(f -> counts.merge(key.apply(f), 1L, Long::sum));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(
                    Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder()))))
        .map(
            entry ->
                new Share(
                    entry.getKey(),
                    label.apply(entry.getKey()),
                    entry.getValue(),
                    total == 0 ? 0 : (double) entry.getValue() / total))
        .toList();
  }

  private static DurationFigures.Both both(
      List<MonthFacts> facts,
      Function<MonthFacts, Duration> calendar,
      Function<MonthFacts, Duration> business) {
    return new DurationFigures.Both(
        DurationFigures.of(values(facts, calendar)), DurationFigures.of(values(facts, business)));
  }

  private static List<Duration> values(
      List<MonthFacts> facts, Function<MonthFacts, Duration> measure) {
    return facts.stream().map(measure).filter(Objects::nonNull).toList();
  }

  private static Map<SlaClockKind, SlaAttainment.Outcomes> attainment(List<MonthFacts> facts) {
    Map<SlaClockKind, SlaAttainment.Outcomes> outcomes = new EnumMap<>(SlaClockKind.class);
    for (SlaClockKind clock : SlaClockKind.values()) {
      long met = facts.stream().mapToLong(f -> f.met().getOrDefault(clock, 0)).sum();
      long breached = facts.stream().mapToLong(f -> f.breached().getOrDefault(clock, 0)).sum();
      if (met + breached > 0) {
        outcomes.put(clock, SlaAttainment.Outcomes.of(met, breached));
      }
    }
    return outcomes;
  }

  private static MonthlyReport.Reopening reopening(List<MonthFacts> facts) {
    long resolutions = facts.stream().mapToLong(MonthFacts::resolutions).sum();
    long reopenings = facts.stream().mapToLong(MonthFacts::reopenings).sum();
    return new MonthlyReport.Reopening(
        resolutions, reopenings, resolutions == 0 ? null : (double) reopenings / resolutions);
  }

  private MonthlyReport.Accuracy accuracy(YearMonth month, List<MonthFacts> facts) {
    List<MonthFacts> closed = facts.stream().filter(MonthFacts::closed).toList();
    List<MonthFacts> suggested =
        closed.stream().filter(f -> f.suggestedCategory() != null).toList();
    long confirmed =
        suggested.stream().filter(f -> f.suggestedCategory() == f.closedCategory()).count();
    List<MonthFacts> drawn =
        closed.stream().filter(f -> sampling.draws(month, f.ticketId())).toList();
    List<MonthFacts> reviewed = drawn.stream().filter(f -> f.review() != null).toList();
    long correct = reviewed.stream().filter(f -> f.review().correct()).count();
    return new MonthlyReport.Accuracy(
        closed.size(),
        suggested.size(),
        confirmed,
        ratio(confirmed, suggested.size()),
        new MonthlyReport.Sample(
            sampling.version(),
            sampling.rate(),
            drawn.size(),
            ratio(drawn.size(), closed.size()),
            reviewed.size(),
            correct,
            ratio(correct, reviewed.size())));
  }

  private List<MonthlyReport.HotSpot> hotSpots(YearMonth month, MonthlyReport.Volume volume) {
    List<MonthlyReport.HotSpot> hotSpots = new ArrayList<>();
    addHotSpots(hotSpots, month, ImprovementSubject.CATEGORY, volume.byCategory());
    addHotSpots(hotSpots, month, ImprovementSubject.PRODUCT, volume.byProduct());
    hotSpots.sort(Comparator.comparingLong(MonthlyReport.HotSpot::count).reversed());
    return hotSpots;
  }

  private void addHotSpots(
      List<MonthlyReport.HotSpot> hotSpots,
      YearMonth month,
      ImprovementSubject kind,
      List<Share> shares) {
    for (Share share : shares) {
      if (share.key() != null && share.share() > HOT_SPOT_THRESHOLD) {
        hotSpots.add(
            new MonthlyReport.HotSpot(
                kind,
                share.key(),
                share.label(),
                share.count(),
                share.share(),
                projects.raisedFor(month, kind, share.key())));
      }
    }
  }

  @Override
  public QualitySample qualitySample(Caller caller, YearMonth month) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_QUALITY_SAMPLE);
    List<MonthFacts> closed =
        facts.months(month, month).stream().filter(MonthFacts::closed).toList();
    List<QualitySample.Entry> drawn =
        closed.stream()
            .filter(f -> sampling.draws(month, f.ticketId()))
            .sorted(Comparator.comparing(f -> f.number().value()))
            .map(
                f ->
                    new QualitySample.Entry(
                        f.ticketId(),
                        f.number(),
                        f.closedCategory(),
                        f.suggestedCategory(),
                        f.review()))
            .toList();
    return new QualitySample(month, sampling.version(), sampling.rate(), closed.size(), drawn);
  }

  @Override
  public RecordedReview reviewClassification(
      Caller caller,
      TicketReference ticket,
      YearMonth month,
      boolean correct,
      Category correctCategory,
      String note) {
    AtomicReference<ReviewClassificationCommand> recorded = new AtomicReference<>();
    TicketView reviewed =
        changes.change(
            caller,
            TicketOperation.REVIEW_CLASSIFICATION,
            ticket,
            (id, by, now) -> {
              MonthFacts closedInMonth =
                  facts
                      .find(id)
                      .flatMap(found -> found.month(month))
                      .filter(MonthFacts::closed)
                      .orElseThrow(
                          () ->
                              new NotInQualitySampleException(
                                  id, month, "it was not closed in that month"));
              if (!sampling.draws(month, id)) {
                throw new NotInQualitySampleException(
                    id, month, "the sampling rule " + sampling.version() + " did not draw it");
              }
              recorded.set(
                  new ReviewClassificationCommand(
                      id,
                      month,
                      sampling.version(),
                      closedInMonth.closedCategory(),
                      correct,
                      correctCategory,
                      note,
                      by,
                      now));
              return recorded.get();
            });
    ReviewClassificationCommand command = recorded.get();
    return new RecordedReview(
        reviewed.summary().id(),
        reviewed.summary().number(),
        month,
        command.reviewedCategory(),
        new ClassificationReview(
            command.correct(),
            command.correctCategory(),
            command.samplingVersion(),
            command.actor().id(),
            command.at()));
  }

  private static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String code(Department department) {
    return department == null ? null : department.code();
  }

  static String categoryLabel(String code) {
    if (code == null) {
      return "none";
    }
    Category category = Category.valueOf(code);
    return category.chineseName() + " " + category.label();
  }
}
