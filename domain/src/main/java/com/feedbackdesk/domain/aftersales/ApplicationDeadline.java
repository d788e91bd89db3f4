package com.feedbackdesk.domain.aftersales;

import java.time.Instant;

/**
 * A durable time limit of the policy running for an application. One the application has moved past
 * (decided, shipped, withdrawn since) finds it no longer waiting and does nothing.
 */
public record ApplicationDeadline(Kind kind, Instant at) {

  /** The deadline name the application's handler answers to. */
  public static final String NAME = "after-sales";

  /** What runs out. */
  public enum Kind {
    /** The shop's decision on a referred application: then it is accepted. */
    DECISION,
    /** The customer's dispatch of goods coming back: then the application closes. */
    SHIPMENT,
    /** The shop's refund: then it is owed by timeout. */
    REFUND
  }
}
