package com.feedbackdesk.application.sla.port.out;

import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Stores every version of every SLA policy and business calendar, and which policy version is
 * active. A stored version is never changed.
 */
public interface SlaDefinitionPort {

  /**
   * Stores a new policy version.
   *
   * @throws com.feedbackdesk.application.sla.port.in.SlaVersionTakenException when that version
   *     exists already (someone else created it first)
   */
  void add(SlaPolicy policy);

  Optional<SlaPolicy> policy(VersionRef ref);

  /** Every version of every policy, by name and version. */
  List<SlaPolicy> policies();

  /** The active policy version, if one was activated. */
  Optional<VersionRef> activePolicy();

  void activate(VersionRef policy);

  /**
   * Stores a new calendar version.
   *
   * @throws com.feedbackdesk.application.sla.port.in.SlaVersionTakenException when that version
   *     exists already
   */
  void add(BusinessCalendar calendar);

  Optional<BusinessCalendar> calendar(VersionRef ref);

  /** Every version of every calendar, by name and version. */
  List<BusinessCalendar> calendars();
}
