package com.feedbackdesk.application.notification.model;

/** Where a message stands in the outbox. */
public enum MessageState {
  /** Recorded, waiting for its (next) attempt. */
  PENDING,
  /** Claimed by an instance that is delivering it, until its lease runs out. */
  SENDING,
  /** The channel accepted it. */
  DELIVERED,
  /** Waiting for its webhook subscriber to be resumed. */
  HELD,
  /** Every attempt failed; kept with its attempts for a person to look at. */
  FAILED,
  /** Recorded without any way to deliver it (no address, no channel): kept so nothing is silent. */
  UNDELIVERABLE
}
