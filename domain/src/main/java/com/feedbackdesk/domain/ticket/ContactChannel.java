package com.feedbackdesk.domain.ticket;

/**
 * How a customer or a member of staff can be reached: the channel a customer prefers, the one a
 * return visit went through, and the channels the service sends messages on.
 */
public enum ContactChannel {
  /** The inbox in the shop's app (needs a customer id). */
  IN_APP,
  /** E-mail. */
  EMAIL,
  /** A text message to a phone. */
  SMS,
  /** A call (return visits); the service itself places no calls. */
  PHONE
}
