package com.feedbackdesk.application.sla.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.sla.port.in.ManageSlaDefinitionsUseCase;
import com.feedbackdesk.application.sla.port.in.SlaDefinitionNotFoundException;
import com.feedbackdesk.application.sla.port.out.SlaDefinitionPort;
import com.feedbackdesk.application.sla.port.out.SlaRolloutPort;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaCatalogue;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The SLA catalogue the tickets are measured by, and its administration. Versions never change, so
 * each is cached once read; which policy is active and which calendar version is current are read
 * again after {@link #FRESHNESS}, so that an activation on another instance reaches this one within
 * that time.
 */
public final class SlaCatalogueService implements SlaCatalogue, ManageSlaDefinitionsUseCase {

  /** How long this instance may go on using an active policy another instance replaced. */
  public static final Duration FRESHNESS = Duration.ofSeconds(2);

  private final SlaDefinitionPort store;
  private final SlaRolloutPort rollout;
  private final Clock clock;
  private final Map<VersionRef, SlaPolicy> policies = new ConcurrentHashMap<>();
  private final Map<VersionRef, BusinessCalendar> calendars = new ConcurrentHashMap<>();
  private volatile Fresh<SlaPolicy> active;
  private final Map<String, Fresh<BusinessCalendar>> current = new ConcurrentHashMap<>();

  private record Fresh<T>(T value, Instant readAt) {}

  public SlaCatalogueService(SlaDefinitionPort store, SlaRolloutPort rollout, Clock clock) {
    this.store = store;
    this.rollout = rollout;
    this.clock = clock;
  }

  // ---- the catalogue tickets are measured by ----

  @Override
  public SlaPolicy activePolicy() {
    Fresh<SlaPolicy> known = active;
    if (known != null && isFresh(known)) {
      return known.value();
    }
    VersionRef ref =
        store
            .activePolicy()
            .orElseThrow(() -> new IllegalStateException("no SLA policy has been activated"));
    SlaPolicy policy = policy(ref);
    active = new Fresh<>(policy, clock.instant());
    return policy;
  }

  @Override
  public SlaPolicy policy(VersionRef ref) {
    SlaPolicy cached = policies.get(ref);
    if (cached != null) {
      return cached;
    }
    SlaPolicy policy =
        store.policy(ref).orElseThrow(() -> new NoSuchElementException("no SLA policy " + ref));
    policies.put(ref, policy);
    return policy;
  }

  @Override
  public BusinessCalendar currentCalendar(String id) {
    Fresh<BusinessCalendar> known = current.get(id);
    if (known != null && isFresh(known)) {
      return known.value();
    }
    BusinessCalendar newest = latestVersions(store.calendars(), BusinessCalendar::ref).get(id);
    if (newest == null) {
      throw new NoSuchElementException("no business calendar " + id);
    }
    current.put(id, new Fresh<>(newest, clock.instant()));
    return newest;
  }

  @Override
  public BusinessCalendar calendar(VersionRef ref) {
    BusinessCalendar cached = calendars.get(ref);
    if (cached != null) {
      return cached;
    }
    BusinessCalendar calendar =
        store
            .calendar(ref)
            .orElseThrow(() -> new NoSuchElementException("no business calendar " + ref));
    calendars.put(ref, calendar);
    return calendar;
  }

  private boolean isFresh(Fresh<?> known) {
    return Duration.between(known.readAt(), clock.instant()).compareTo(FRESHNESS) < 0;
  }

  // ---- administration ----

  @Override
  public List<SlaPolicy> policies(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_SLA_POLICIES);
    return store.policies();
  }

  @Override
  public SlaPolicy policy(Caller caller, VersionRef ref) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_SLA_POLICIES);
    return store
        .policy(ref)
        .orElseThrow(() -> new SlaDefinitionNotFoundException("SLA policy " + ref));
  }

  @Override
  public VersionRef activePolicy(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_SLA_POLICIES);
    return activePolicy().ref();
  }

  @Override
  public SlaPolicy createPolicyVersion(
      Caller caller, String policyId, Function<VersionRef, SlaPolicy> definition) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_SLA_POLICIES);
    return addPolicy(policyId, definition);
  }

  @Override
  public VersionRef activate(Caller caller, VersionRef ref) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_SLA_POLICIES);
    SlaPolicy policy =
        store
            .policy(ref)
            .orElseThrow(() -> new SlaDefinitionNotFoundException("SLA policy " + ref));
    store.activate(policy.ref());
    active = new Fresh<>(policy, clock.instant());
    rollout.request();
    return policy.ref();
  }

  @Override
  public List<BusinessCalendar> calendars(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_SLA_POLICIES);
    return List.copyOf(latestVersions(store.calendars(), BusinessCalendar::ref).values());
  }

  @Override
  public BusinessCalendar calendar(Caller caller, String calendarId) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_SLA_POLICIES);
    BusinessCalendar newest =
        latestVersions(store.calendars(), BusinessCalendar::ref).get(calendarId);
    if (newest == null) {
      throw new SlaDefinitionNotFoundException("business calendar " + calendarId);
    }
    return newest;
  }

  @Override
  public BusinessCalendar calendar(Caller caller, VersionRef ref) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_SLA_POLICIES);
    return store
        .calendar(ref)
        .orElseThrow(() -> new SlaDefinitionNotFoundException("business calendar " + ref));
  }

  @Override
  public BusinessCalendar changeCalendar(
      Caller caller, String calendarId, Function<VersionRef, BusinessCalendar> definition) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_SLA_POLICIES);
    return load(calendarId, definition);
  }

  // ---- what ships, and what a file loads ----

  /**
   * At startup: adds each shipped policy and calendar of which no version exists yet (a version an
   * admin made is never replaced by what ships), and activates {@code activeId}'s newest version
   * when no policy is active yet.
   */
  public void seed(
      Map<String, Function<VersionRef, SlaPolicy>> shippedPolicies,
      Map<String, Function<VersionRef, BusinessCalendar>> shippedCalendars,
      String activeId) {
    shippedCalendars.forEach(
        (id, calendar) -> {
          if (latestVersions(store.calendars(), BusinessCalendar::ref).get(id) == null) {
            addCalendar(id, calendar);
          }
        });
    shippedPolicies.forEach(
        (id, policy) -> {
          if (latestVersions(store.policies(), SlaPolicy::ref).get(id) == null) {
            addPolicy(id, policy);
          }
        });
    if (store.activePolicy().isEmpty()) {
      SlaPolicy first = latestVersions(store.policies(), SlaPolicy::ref).get(activeId);
      if (first == null) {
        throw new IllegalStateException("the SLA policy to activate, " + activeId + ", is unknown");
      }
      store.activate(first.ref());
    }
  }

  /**
   * At startup: a calendar loaded from a file (next year's holidays, say) becomes the calendar's
   * next version when its working time differs from the current one, and the open tickets move to
   * it.
   */
  public BusinessCalendar load(String calendarId, Function<VersionRef, BusinessCalendar> file) {
    BusinessCalendar before =
        latestVersions(store.calendars(), BusinessCalendar::ref).get(calendarId);
    BusinessCalendar after = addCalendar(calendarId, file);
    if (!after.equals(before)) {
      current.remove(calendarId);
      rollout.request();
    }
    return after;
  }

  private SlaPolicy addPolicy(String policyId, Function<VersionRef, SlaPolicy> definition) {
    VersionRef.requireId("id", policyId);
    SlaPolicy newest = latestVersions(store.policies(), SlaPolicy::ref).get(policyId);
    VersionRef ref = new VersionRef(policyId, newest == null ? 1 : newest.ref().version() + 1);
    SlaPolicy policy = definition.apply(ref);
    if (latestVersions(store.calendars(), BusinessCalendar::ref).get(policy.calendar()) == null) {
      throw new InvalidValueException(
          "calendar", "there is no business calendar " + policy.calendar() + " for this policy");
    }
    store.add(policy);
    return policy;
  }

  private BusinessCalendar addCalendar(
      String calendarId, Function<VersionRef, BusinessCalendar> definition) {
    VersionRef.requireId("id", calendarId);
    BusinessCalendar newest =
        latestVersions(store.calendars(), BusinessCalendar::ref).get(calendarId);
    VersionRef ref = new VersionRef(calendarId, newest == null ? 1 : newest.ref().version() + 1);
    BusinessCalendar calendar = definition.apply(ref);
    if (newest != null && newest.sameTimeAs(calendar)) {
      return newest;
    }
    store.add(calendar);
    return calendar;
  }

  private static <T> Map<String, T> latestVersions(
      List<T> versions, Function<T, VersionRef> refOf) {
    Map<String, T> latest = new LinkedHashMap<>();
    versions.stream()
        .sorted(
            Comparator.comparing((T v) -> refOf.apply(v).id())
                .thenComparingInt(v -> refOf.apply(v).version()))
        .forEach(v -> latest.put(refOf.apply(v).id(), v));
    return latest;
  }
}
