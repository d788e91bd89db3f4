package com.feedbackdesk.application.ticket.port.out;

import org.axonframework.eventhandling.TrackingToken;

/**
 * The event store's positions as tracking tokens: what an export resumed after a position starts
 * from. Each storage engine has its own kind of token; this port hides which.
 */
public interface EventPositionPort {

  /** A token from which the global stream continues with the first event after {@code position}. */
  TrackingToken after(long position);
}
