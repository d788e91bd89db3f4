package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import java.util.function.Function;

/**
 * What a ticket's clocks are measured by at one moment: the policy that governs it, the current
 * version of that policy's calendar (for clocks started or retargeted now), and every calendar
 * version by its reference (for clocks measured on an older one).
 */
public record SlaRules(
    SlaPolicy policy, BusinessCalendar calendar, Function<VersionRef, BusinessCalendar> calendars) {

  /** The rules of a catalogue for a policy version. */
  public static SlaRules of(SlaPolicy policy, SlaCatalogue catalogue) {
    return new SlaRules(policy, catalogue.currentCalendar(policy.calendar()), catalogue::calendar);
  }

  BusinessCalendar calendarOf(SlaClock clock) {
    return clock.calendar().equals(calendar.ref()) ? calendar : calendars.apply(clock.calendar());
  }
}
