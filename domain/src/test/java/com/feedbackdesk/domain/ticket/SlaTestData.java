package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** SLA policies, calendars and a catalogue of them for tests. */
public final class SlaTestData {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Monday to Friday, 09:00-18:00 in Shanghai. */
  public static final BusinessCalendar WORKING_WEEK =
      BusinessCalendar.workingWeek(new VersionRef("cn-mainland", 1), SHANGHAI);

  /** A policy that measures nothing, for the lifecycle's own tests. */
  public static final SlaPolicy UNMEASURED =
      new SlaPolicy(
          new VersionRef("unmeasured", 1),
          "measures nothing",
          "cn-mainland",
          75,
          Map.of(),
          Map.of(),
          List.of(),
          Set.of(),
          null);

  /**
   * The after-sales SOP's table, with acknowledgement and acceptance in an hour of business time,
   * resolution extendable to 30 business days.
   */
  public static final SlaPolicy AFTER_SALES =
      new SlaPolicy(
          new VersionRef("after-sales", 1),
          "after-sales SOP",
          "cn-mainland",
          75,
          Map.of(
              Priority.P1, limits("1h business", "1h business", "2h", "24h"),
              Priority.P2, limits("1h business", "1h business", "4h", "48h"),
              Priority.P3, limits("1h business", "1h business", "24h", "72h"),
              Priority.P4, limits("1h business", "1h business", "48h", "5bd")),
          Map.of(
              Priority.P2,
              Map.of(
                  SlaClockKind.RESOLUTION, SlaTarget.parse("24h"),
                  SlaClockKind.FIRST_RESPONSE, SlaTarget.parse("2h"))),
          List.of(),
          Set.of(SlaClockKind.RESOLUTION),
          SlaTarget.parse("30bd"));

  private static Map<SlaClockKind, SlaTarget> limits(
      String acknowledgement, String acceptance, String response, String resolution) {
    return Map.of(
        SlaClockKind.ACKNOWLEDGEMENT, SlaTarget.parse(acknowledgement),
        SlaClockKind.ACCEPTANCE, SlaTarget.parse(acceptance),
        SlaClockKind.FIRST_RESPONSE, SlaTarget.parse(response),
        SlaClockKind.RESOLUTION, SlaTarget.parse(resolution),
        SlaClockKind.CONFIRMATION, SlaTarget.parse("3bd"),
        SlaClockKind.RETURN_VISIT, SlaTarget.parse("3bd"));
  }

  private SlaTestData() {}

  /**
   * A ticket's lifecycle events (starting with its submission and suggestion) with what the SLA
   * engine records among them under the policy, as the ticket records them, without deadlines.
   */
  public static List<TicketEvent> withClocks(List<TicketEvent> lifecycle, SlaPolicy policy) {
    SlaRules rules = SlaRules.of(policy, catalogue(policy));
    TicketSubmitted submitted = (TicketSubmitted) lifecycle.get(0);
    Classification classification = submitted.classification();
    SlaPolicyApplied applied =
        new SlaPolicyApplied(submitted.ticketId(), policy.ref(), SlaClocks.ENGINE, submitted.at());
    List<TicketEvent> recorded = new ArrayList<>(lifecycle.subList(0, 2));
    recorded.add(applied);
    SlaClocks clocks = SlaClocks.none().apply(applied);
    List<TicketEvent> deciding = new ArrayList<>(List.of(submitted));
    deciding.addAll(lifecycle.subList(2, lifecycle.size()));
    for (TicketEvent event : deciding) {
      if (event != submitted) {
        recorded.add(event);
      }
      if (event instanceof TicketClassified classified) {
        classification = classified.classification();
      }
      for (SlaEvent decided : clocks.reactTo(event, classification, rules)) {
        recorded.add(decided);
        clocks = clocks.apply(decided);
      }
    }
    return recorded;
  }

  /** A catalogue of these policies and calendars, with {@code active} active. */
  public static Catalogue catalogue(SlaPolicy active) {
    return new Catalogue(active);
  }

  /** A catalogue held in memory: policies and calendars can be added and activated. */
  public static final class Catalogue implements SlaCatalogue {

    private final Map<VersionRef, SlaPolicy> policies = new HashMap<>();
    private final Map<VersionRef, BusinessCalendar> calendars = new HashMap<>();
    private final Map<String, BusinessCalendar> current = new HashMap<>();
    private SlaPolicy active;

    Catalogue(SlaPolicy active) {
      add(UNMEASURED);
      add(AFTER_SALES);
      add(active);
      add(WORKING_WEEK);
      this.active = active;
    }

    public Catalogue add(SlaPolicy policy) {
      policies.put(policy.ref(), policy);
      return this;
    }

    public Catalogue add(BusinessCalendar calendar) {
      calendars.put(calendar.ref(), calendar);
      current.merge(
          calendar.ref().id(),
          calendar,
          (old, added) -> added.ref().version() > old.ref().version() ? added : old);
      return this;
    }

    public Catalogue activate(SlaPolicy policy) {
      add(policy);
      active = policy;
      return this;
    }

    @Override
    public SlaPolicy activePolicy() {
      return active;
    }

    @Override
    public SlaPolicy policy(VersionRef ref) {
      SlaPolicy policy = policies.get(ref);
      if (policy == null) {
        throw new NoSuchElementException("no policy " + ref);
      }
      return policy;
    }

    @Override
    public BusinessCalendar currentCalendar(String id) {
      BusinessCalendar calendar = current.get(id);
      if (calendar == null) {
        throw new NoSuchElementException("no calendar " + id);
      }
      return calendar;
    }

    @Override
    public BusinessCalendar calendar(VersionRef ref) {
      BusinessCalendar calendar = calendars.get(ref);
      if (calendar == null) {
        throw new NoSuchElementException("no calendar " + ref);
      }
      return calendar;
    }
  }
}
