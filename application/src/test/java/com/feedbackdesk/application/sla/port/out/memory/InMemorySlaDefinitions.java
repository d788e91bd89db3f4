package com.feedbackdesk.application.sla.port.out.memory;

import com.feedbackdesk.application.sla.port.in.SlaVersionTakenException;
import com.feedbackdesk.application.sla.port.out.SlaDefinitionPort;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** SLA definitions in memory, for the services' tests. */
public final class InMemorySlaDefinitions implements SlaDefinitionPort {

  private final Map<VersionRef, SlaPolicy> policies = new ConcurrentHashMap<>();
  private final Map<VersionRef, BusinessCalendar> calendars = new ConcurrentHashMap<>();
  private volatile VersionRef active;

  @Override
  public void add(SlaPolicy policy) {
    if (policies.putIfAbsent(policy.ref(), policy) != null) {
      throw new SlaVersionTakenException(policy.ref());
    }
  }

  @Override
  public Optional<SlaPolicy> policy(VersionRef ref) {
    return Optional.ofNullable(policies.get(ref));
  }

  @Override
  public List<SlaPolicy> policies() {
    return List.copyOf(policies.values());
  }

  @Override
  public Optional<VersionRef> activePolicy() {
    return Optional.ofNullable(active);
  }

  @Override
  public void activate(VersionRef policy) {
    active = policy;
  }

  @Override
  public void add(BusinessCalendar calendar) {
    if (calendars.putIfAbsent(calendar.ref(), calendar) != null) {
      throw new SlaVersionTakenException(calendar.ref());
    }
  }

  @Override
  public Optional<BusinessCalendar> calendar(VersionRef ref) {
    return Optional.ofNullable(calendars.get(ref));
  }

  @Override
  public List<BusinessCalendar> calendars() {
    return List.copyOf(calendars.values());
  }
}
