package com.feedbackdesk.application.notification.port.out.memory;

import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.WebhookSubscriptionPort;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhook subscriptions in memory, for the application's tests. */
public final class InMemoryWebhookSubscriptions implements WebhookSubscriptionPort {

  private final Map<String, WebhookSubscription> subscriptions = new LinkedHashMap<>();

  @Override
  public synchronized void save(WebhookSubscription subscription) {
    subscriptions.put(subscription.id(), subscription);
  }

  @Override
  public synchronized Optional<WebhookSubscription> find(String id) {
    return Optional.ofNullable(subscriptions.get(id));
  }

  @Override
  public synchronized List<WebhookSubscription> all() {
    return subscriptions.values().stream()
        .filter(s -> !s.deleted())
        .sorted(Comparator.comparing(WebhookSubscription::createdAt))
        .toList();
  }

  @Override
  public synchronized boolean failed(String id, int pauseAfter, Instant now, String lastError) {
    WebhookSubscription s = subscriptions.get(id);
    if (s == null) {
      return false;
    }
    int failures = s.consecutiveFailures() + 1;
    boolean pause = s.pausedAt() == null && failures >= pauseAfter;
    subscriptions.put(
        id,
        s.failed(
            failures,
            pause ? now : s.pausedAt(),
            pause
                ? failures + " deliveries failed in a row; the last: " + lastError
                : s.pauseReason()));
    return pause;
  }

  @Override
  public synchronized void succeeded(String id) {
    WebhookSubscription s = subscriptions.get(id);
    if (s != null && s.consecutiveFailures() > 0) {
      subscriptions.put(id, s.failed(0, s.pausedAt(), s.pauseReason()));
    }
  }
}
