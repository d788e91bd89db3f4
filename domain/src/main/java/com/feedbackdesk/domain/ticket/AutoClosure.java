package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a resolved ticket waits for the customer's verdict before it closes by itself, and how
 * long before that the customer is told, the way marketplaces advance a dispute when a party stays
 * silent. A ticket closed this way is closed by timeout, never counted as satisfied.
 *
 * @param after from the resolution to the automatic closure; null or zero: never close by itself
 * @param noticeBefore how long before the closure the customer is told; shorter than {@code after}
 */
public record AutoClosure(Duration after, Duration noticeBefore) {

  public AutoClosure {
    if (after != null && after.isZero()) {
      after = null;
    }
    if (after != null && after.isNegative()) {
      throw new InvalidValueException("autoClosure.after", "must not be negative: " + after);
    }
    if (noticeBefore == null || noticeBefore.isNegative()) {
      throw new InvalidValueException(
          "autoClosure.noticeBefore", "must be zero or more: " + noticeBefore);
    }
    if (after != null && noticeBefore.compareTo(after) >= 0) {
      throw new InvalidValueException(
          "autoClosure.noticeBefore",
          "the notice (" + noticeBefore + ") must come after the resolution (" + after + ")");
    }
  }

  /** Resolved tickets wait for the customer however long it takes. */
  public static AutoClosure never() {
    return new AutoClosure(null, Duration.ZERO);
  }

  public boolean enabled() {
    return after != null;
  }

  /** When a ticket resolved at {@code resolvedAt} closes by itself; null when never. */
  public Instant closesAt(Instant resolvedAt) {
    return enabled() ? resolvedAt.plus(after) : null;
  }
}
