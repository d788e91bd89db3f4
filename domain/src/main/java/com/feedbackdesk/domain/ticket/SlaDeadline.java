package com.feedbackdesk.domain.ticket;

import java.time.Instant;

/**
 * What a durable SLA deadline carries: which clock run it wakes the ticket for, and when. A
 * deadline that no longer matches its clock (stopped, paused or retargeted since) changes nothing.
 */
public record SlaDeadline(SlaClockKind clock, int run, Instant at) {

  /** The deadline name the ticket's deadline handler answers to. */
  public static final String NAME = "sla-clock";
}
