package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;

/**
 * The SLA policies and business calendars, every version of each, and which policy version is
 * active (governs tickets registered now). Handed to the ticket's command handlers by the
 * framework, like the other policies.
 */
public interface SlaCatalogue {

  /** The policy version new tickets are governed by. */
  SlaPolicy activePolicy();

  /**
   * One policy version.
   *
   * @throws java.util.NoSuchElementException when there is no such version
   */
  SlaPolicy policy(VersionRef ref);

  /**
   * The newest version of a calendar.
   *
   * @throws java.util.NoSuchElementException when there is no calendar of that name
   */
  BusinessCalendar currentCalendar(String id);

  /**
   * One calendar version.
   *
   * @throws java.util.NoSuchElementException when there is no such version
   */
  BusinessCalendar calendar(VersionRef ref);
}
