package com.feedbackdesk.application.sla.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import java.util.List;
import java.util.function.Function;

/**
 * The SLA policies and business calendars: reading them (staff), and creating and activating
 * versions (admins). Activating a policy version, or a calendar's new version, moves the open
 * tickets' running clocks to it from then on; nothing recorded before changes.
 */
public interface ManageSlaDefinitionsUseCase {

  List<SlaPolicy> policies(Caller caller);

  /**
   * @throws SlaDefinitionNotFoundException when there is no such version
   */
  SlaPolicy policy(Caller caller, VersionRef ref);

  VersionRef activePolicy(Caller caller);

  /**
   * Creates the next version of a policy (version 1 of a new one).
   *
   * @param definition the policy, given the reference it is created under
   */
  SlaPolicy createPolicyVersion(
      Caller caller, String policyId, Function<VersionRef, SlaPolicy> definition);

  /**
   * Makes a policy version the one new tickets get, and moves the open tickets to it.
   *
   * @throws SlaDefinitionNotFoundException when there is no such version
   */
  VersionRef activate(Caller caller, VersionRef policy);

  /** The current version of every calendar. */
  List<BusinessCalendar> calendars(Caller caller);

  /**
   * @throws SlaDefinitionNotFoundException when there is no calendar of that name
   */
  BusinessCalendar calendar(Caller caller, String calendarId);

  /**
   * @throws SlaDefinitionNotFoundException when there is no such version
   */
  BusinessCalendar calendar(Caller caller, VersionRef ref);

  /**
   * Makes the calendar's next version this (its first, for a new one) and moves the open tickets'
   * business clocks to it; nothing when it has the same working time as the current version.
   *
   * @param definition the calendar, given the reference it is created under
   * @return the calendar's current version afterwards
   */
  BusinessCalendar changeCalendar(
      Caller caller, String calendarId, Function<VersionRef, BusinessCalendar> definition);
}
