package com.feedbackdesk.domain.ticket;

/** Why a ticket was closed: the customer accepted the result, or never answered. */
public enum ClosureReason {
  /** The customer said the problem is solved and was satisfied or basically satisfied. */
  CONFIRMED_BY_CUSTOMER,
  /**
   * The customer did not answer within the confirmation window: closed by timeout, which counts as
   * no verdict at all, never as satisfied.
   */
  CONFIRMATION_TIMEOUT
}
