package com.feedbackdesk.domain.ticket;

/**
 * How long each free text on a ticket may be, in characters (code points). The REST edge publishes
 * the same limits in its OpenAPI schema.
 */
public final class TextLimits {

  /** The customer's own words, kept verbatim. */
  public static final int DESCRIPTION = 10_000;

  /** Replies, notes, questions to the customer and the customer's answers. */
  public static final int MESSAGE = 5_000;

  /** The handler's first plan, the resolution summary. */
  public static final int SUMMARY = 5_000;

  /** Why a ticket is reopened or escalated; the customer's comment on the result. */
  public static final int REASON = 2_000;

  public static final int ORDER_NUMBER = 64;
  public static final int REGION = 64;

  /** A product's name or SKU. */
  public static final int PRODUCT = 120;

  /** Assignees and handlers are staff ids, as long as an actor id. */
  public static final int PERSON = 64;

  private TextLimits() {}
}
