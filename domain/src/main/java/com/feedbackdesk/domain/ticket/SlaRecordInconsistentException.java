package com.feedbackdesk.domain.ticket;

/**
 * A ticket's SLA events contradict each other (a clock event for a clock that never started), or
 * the engine was handed what is not an SLA decision: a defect, never a user's error.
 */
public class SlaRecordInconsistentException extends IllegalStateException {

  public SlaRecordInconsistentException(String message) {
    super(message);
  }
}
