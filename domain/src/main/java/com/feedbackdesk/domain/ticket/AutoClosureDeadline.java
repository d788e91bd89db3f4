package com.feedbackdesk.domain.ticket;

import java.time.Instant;

/**
 * A durable deadline for a resolved ticket's automatic closure, or for the notice before it. It
 * names the resolution it belongs to (counted from 1 per ticket), so that one outlived by a
 * confirmation, a reopening or a later resolution finds nothing to do.
 *
 * @param notice true for the notice to the customer, false for the closure itself
 */
public record AutoClosureDeadline(int resolution, Instant closesAt, boolean notice) {

  /** The deadline name under which both are scheduled. */
  public static final String NAME = "auto-closure";
}
