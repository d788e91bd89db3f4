package com.feedbackdesk.domain.sla;

/** Whether a time limit counts every hour of the clock or only the calendar's working hours. */
public enum TimeBasis {
  /** Every hour counts, nights, weekends and holidays included (e.g. "urgent: within 24 h"). */
  CALENDAR,
  /** Only working hours count (e.g. "within 5 business days"). */
  BUSINESS
}
