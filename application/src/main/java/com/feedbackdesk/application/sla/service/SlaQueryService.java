package com.feedbackdesk.application.sla.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.sla.port.in.QuerySlaUseCase;
import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.view.SlaAttainment;
import com.feedbackdesk.application.sla.view.SlaClockEntry;
import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaClockReport;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.application.ticket.service.CurrentTicketReader;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.SlaCatalogue;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaClockRetargeted;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.SlaEvent;
import com.feedbackdesk.domain.ticket.SlaExtensionRefusedException;
import com.feedbackdesk.domain.ticket.SlaOutcome;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import com.feedbackdesk.domain.ticket.SlaPolicyApplied;
import com.feedbackdesk.domain.ticket.SlaRetargetCause;
import com.feedbackdesk.domain.ticket.SlaRules;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The SLA queries, over the SLA read model and, for attainment, the tickets' event history. */
public final class SlaQueryService implements QuerySlaUseCase {

  /** The most closed tickets one attainment answer replays. */
  public static final int MAX_ATTAINMENT_TICKETS = 5_000;

  private final SlaTicketPort tickets;
  private final SlaCatalogue catalogue;
  private final CurrentTicketReader reader;
  private final Clock clock;

  public SlaQueryService(
      SlaTicketPort tickets, SlaCatalogue catalogue, CurrentTicketReader reader, Clock clock) {
    this.tickets = tickets;
    this.catalogue = catalogue;
    this.reader = reader;
    this.clock = clock;
  }

  @Override
  public List<SlaClockEntry> readout(TicketSummary summary, SlaClocks clocks) {
    return readout(summary, clocks, clock.instant());
  }

  @Override
  public List<SlaClockEntry> readout(TicketSummary summary, SlaClocks clocks, Instant at) {
    return clocks.all().stream().map(run -> entry(summary, run, at)).toList();
  }

  @Override
  public SlaClockReport breaches(Caller caller, SlaClockQuery query) {
    SlaClockQuery scoped = scoped(caller, query);
    Instant now = clock.instant();
    List<SlaClockEntry> entries = new ArrayList<>();
    for (SlaTicket ticket : tickets.withBreachesIn(scoped)) {
      for (SlaClock run : ticket.runs()) {
        if (scoped.matchesClock(run.kind()) && scoped.inRange(breachedAt(run))) {
          entries.add(entry(ticket.summary(), run, now));
        }
      }
    }
    entries.sort(
        Comparator.comparing(
                (SlaClockEntry e) -> e.breachedAt() != null ? e.breachedAt() : e.stoppedAt())
            .reversed());
    return report(now, entries, scoped.limit());
  }

  @Override
  public SlaClockReport atRisk(Caller caller, SlaClockQuery query) {
    SlaClockQuery scoped = scoped(caller, query);
    Instant now = clock.instant();
    boolean ranged = scoped.from() != null || scoped.to() != null;
    List<SlaClockEntry> entries = new ArrayList<>();
    for (SlaTicket ticket : tickets.withCountingClocks(scoped)) {
      for (SlaClock run : ticket.clocks().all()) {
        boolean atRisk =
            run.counting()
                && run.breachedAt() == null
                && (ranged
                    ? scoped.inRange(run.dueAt())
                    : run.remindAt() == null || !now.isBefore(run.remindAt()));
        if (atRisk && scoped.matchesClock(run.kind())) {
          entries.add(entry(ticket.summary(), run, now));
        }
      }
    }
    entries.sort(Comparator.comparing(SlaClockEntry::dueAt));
    return report(now, entries, scoped.limit());
  }

  @Override
  public SlaAttainment attainment(Caller caller, VersionRef policyRef, SlaClockQuery query) {
    SlaClockQuery scoped = scoped(caller, query);
    SlaPolicy policy;
    try {
      policy = policyRef == null ? catalogue.activePolicy() : catalogue.policy(policyRef);
    } catch (NoSuchElementException e) {
      throw new InvalidValueException("policy", "there is no SLA policy " + policyRef);
    }
    List<SlaTicket> closed =
        tickets.closedBetween(scoped).stream().filter(t -> matches(t.summary(), scoped)).toList();
    if (closed.size() > MAX_ATTAINMENT_TICKETS) {
      throw new InvalidValueException(
          "from",
          closed.size()
              + " tickets were closed in this range; narrow it to at most "
              + MAX_ATTAINMENT_TICKETS);
    }
    SlaRules rules = SlaRules.of(policy, catalogue);
    Map<SlaClockKind, long[]> recorded = new EnumMap<>(SlaClockKind.class);
    Map<SlaClockKind, long[]> replayed = new EnumMap<>(SlaClockKind.class);
    for (SlaTicket ticket : closed) {
      ticket.runs().forEach(run -> count(recorded, run, scoped));
      replay(reader.events(ticket.summary().id()), rules)
          .forEach(run -> count(replayed, run, scoped));
    }
    return new SlaAttainment(
        policy.ref().toString(), closed.size(), outcomes(recorded), outcomes(replayed));
  }

  /**
   * Every clock run a ticket would have had under the rules: its lifecycle decided afresh from its
   * registration, with the extensions it was granted granted again where the rules allow them.
   */
  static List<SlaClock> replay(List<TicketEvent> history, SlaRules rules) {
    List<SlaClock> runs = new ArrayList<>();
    Map<SlaClockKind, Integer> lastRun = new EnumMap<>(SlaClockKind.class);
    SlaClocks clocks = SlaClocks.none();
    Classification classification = null;
    for (TicketEvent event : history) {
      List<SlaEvent> decided = new ArrayList<>();
      if (event instanceof TicketSubmitted submitted) {
        classification = submitted.classification();
        decided.add(
            new SlaPolicyApplied(
                event.ticketId(), rules.policy().ref(), SlaClocks.ENGINE, event.at()));
      } else if (event instanceof TicketClassified classified) {
        classification = classified.classification();
      }
      if (event instanceof SlaClockRetargeted granted
          && granted.cause() == SlaRetargetCause.EXTENDED) {
        try {
          decided.add(
              clocks.extend(
                  granted.clock(),
                  granted.target(),
                  granted.note(),
                  rules,
                  classification,
                  event.ticketId(),
                  granted.actor(),
                  granted.at()));
        } catch (SlaExtensionRefusedException notUnderTheseRules) {
          // this policy would not have allowed the extension: the clock keeps its limit
        }
      } else if (!(event instanceof SlaEvent)) {
        SlaClocks governed = clocks;
        for (SlaEvent first : decided) {
          governed = governed.apply(first);
        }
        decided.addAll(governed.reactTo(event, classification, rules));
      }
      for (SlaEvent change : decided) {
        clocks = clocks.apply(change);
      }
      for (SlaClock run : clocks.all()) {
        Integer known = lastRun.get(run.kind());
        if (known == null || runs.get(known).run() != run.run()) {
          lastRun.put(run.kind(), runs.size());
          runs.add(run);
        } else {
          runs.set(known, run);
        }
      }
    }
    return runs;
  }

  private static void count(Map<SlaClockKind, long[]> counts, SlaClock run, SlaClockQuery query) {
    if (!query.matchesClock(run.kind()) || run.open() || run.outcome() == SlaOutcome.CANCELLED) {
      return;
    }
    long[] metAndBreached = counts.computeIfAbsent(run.kind(), kind -> new long[2]);
    metAndBreached[run.outcome() == SlaOutcome.MET ? 0 : 1]++;
  }

  private static Map<SlaClockKind, SlaAttainment.Outcomes> outcomes(
      Map<SlaClockKind, long[]> counts) {
    Map<SlaClockKind, SlaAttainment.Outcomes> outcomes = new EnumMap<>(SlaClockKind.class);
    counts.forEach((kind, c) -> outcomes.put(kind, SlaAttainment.Outcomes.of(c[0], c[1])));
    return outcomes;
  }

  private SlaClockQuery scoped(Caller caller, SlaClockQuery query) {
    PermissionMatrix.Scope scope =
        PermissionMatrix.require(caller, TicketOperation.VIEW_SLA_REPORTS);
    if (scope != PermissionMatrix.Scope.DEPARTMENT) {
      return query;
    }
    if (query.department() != null && !query.department().equals(caller.department())) {
      throw new OperationNotPermittedException(
          TicketOperation.VIEW_SLA_REPORTS,
          "handlers see the clocks of their own department, " + caller.department().code());
    }
    return query.withDepartment(caller.department());
  }

  private static boolean matches(TicketSummary summary, SlaClockQuery query) {
    return (query.department() == null || query.department().equals(summary.department()))
        && (query.assignee() == null || query.assignee().equals(summary.assignee()))
        && (query.priorities().isEmpty()
            || query.priorities().contains(summary.classification().priority()));
  }

  /** When a run passed its limit: found by its deadline, or, stopped late, when it stopped. */
  private static Instant breachedAt(SlaClock run) {
    if (run.breachedAt() != null) {
      return run.breachedAt();
    }
    return run.outcome() == SlaOutcome.BREACHED ? run.stoppedAt() : null;
  }

  private SlaClockEntry entry(TicketSummary summary, SlaClock run, Instant now) {
    BusinessCalendar calendar = catalogue.calendar(run.calendar());
    return new SlaClockEntry(
        summary.id(),
        summary.number(),
        summary.status(),
        summary.classification().priority(),
        summary.department(),
        summary.assignee(),
        run.kind(),
        run.run(),
        SlaClockEntry.stateOf(run),
        run.target().toString(),
        run.target().basis(),
        run.policy().toString(),
        run.calendar().toString(),
        run.startedAt(),
        run.dueAt(),
        breachedAt(run),
        run.stoppedAt(),
        run.elapsedAt(now, calendar),
        run.remainingAt(now, calendar));
  }

  private static SlaClockReport report(Instant now, List<SlaClockEntry> entries, int limit) {
    return new SlaClockReport(
        now,
        entries.size(),
        countBy(entries, SlaClockEntry::clock),
        countBy(entries, SlaClockEntry::priority),
        countBy(
            entries.stream().filter(e -> e.department() != null).toList(),
            SlaClockEntry::department),
        entries.subList(0, Math.min(limit, entries.size())));
  }

  private static <K> Map<K, Long> countBy(
      Collection<SlaClockEntry> entries, Function<SlaClockEntry, K> key) {
    Map<K, Long> counts = new HashMap<>();
    entries.forEach(entry -> counts.merge(key.apply(entry), 1L, Long::sum));
    return counts;
  }
}
