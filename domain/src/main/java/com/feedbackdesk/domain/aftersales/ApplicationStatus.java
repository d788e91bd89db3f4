package com.feedbackdesk.domain.aftersales;

/**
 * Where an application stands.
 *
 * <pre>
 * (applied) ──rules accept──▶ ACCEPTED ──handling──▶ IN_HANDLING ──completion──▶ COMPLETED
 *     │                        ▲   │   (goods back: shipped by the customer first)    ▲
 *     ├──rules refer──▶ UNDER_REVIEW ─person or timeout accepts─┘   └──refund timeout──┘
 *     │                        └──person rejects──▶ REJECTED
 *     └──rules reject──▶ REJECTED   ACCEPTED, IN_HANDLING ──goods not sent back in time──▶ CLOSED
 * any open status ──customer withdraws──▶ WITHDRAWN
 * </pre>
 */
public enum ApplicationStatus {
  /** The rules referred it to a person, who decides by the policy's time limit. */
  UNDER_REVIEW,
  ACCEPTED,
  REJECTED,
  IN_HANDLING,
  COMPLETED,
  WITHDRAWN,
  /** The goods were not sent back in time. */
  CLOSED;

  /** Whether nothing more happens to the application. */
  public boolean ended() {
    return this == REJECTED || this == COMPLETED || this == WITHDRAWN || this == CLOSED;
  }
}
