package com.feedbackdesk.application.notification.port.out;

import com.feedbackdesk.application.notification.model.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The webhook subscriptions admins registered. */
public interface WebhookSubscriptionPort {

  /** Stores the subscription, replacing the one with its id. */
  void save(WebhookSubscription subscription);

  Optional<WebhookSubscription> find(String id);

  /** Every subscription that is not deleted, oldest first. */
  List<WebhookSubscription> all();

  /**
   * Counts a failed delivery, atomically (several workers and instances deliver at once), and
   * pauses the subscription when this failure makes {@code pauseAfter} in a row, with the reason
   * {@code "<n> deliveries failed in a row; the last: <lastError>"}.
   *
   * @return whether this failure paused it (exactly one caller is told so)
   */
  boolean failed(String id, int pauseAfter, Instant now, String lastError);

  /** A delivery succeeded: the count of failures in a row starts again. */
  void succeeded(String id);
}
