package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.notification.model.DeliveryAttempt;
import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryFailedException;
import com.feedbackdesk.application.notification.model.DeliveryReceipt;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.NotificationChannelPort;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.notification.port.out.WebhookSubscriptionPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds: each worker claims the message due first (a lease, so instances
 * never deliver the same message at once), hands it to its channel and records the attempt. A
 * failed attempt is retried with exponential back-off; a message that fails every attempt ends
 * FAILED, kept with its attempts (a webhook delivery too, when its subscriber takes the others). A
 * webhook subscriber whose deliveries fail so many times in a row is paused with the reason and its
 * deliveries wait (HELD) until it is resumed; since every worker takes any due message and each
 * attempt is bounded by the channel's timeout, a failing or slow subscriber never holds up the
 * others.
 *
 * <p>Delivery is at least once: a message whose instance died after the channel accepted it and
 * before the attempt was recorded is delivered again when its lease ends. The in-app inbox keeps
 * one copy of it; e-mails keep their Message-ID and webhooks their delivery id, by which receivers
 * recognise the repetition (docs/notifications.md).
 */
public final class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final OutboxPort outbox;
  private final Map<DeliveryChannel, NotificationChannelPort> channels;
  private final WebhookSubscriptionPort subscriptions;
  private final NotificationSettings settings;
  private final Clock clock;
  private final Semaphore nudges = new Semaphore(0);
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running;

  public NotificationDispatcher(
      OutboxPort outbox,
      List<NotificationChannelPort> channels,
      WebhookSubscriptionPort subscriptions,
      NotificationSettings settings,
      Clock clock) {
    this.outbox = outbox;
    this.channels = new EnumMap<>(DeliveryChannel.class);
    for (NotificationChannelPort channel : channels) {
      if (this.channels.put(channel.channel(), channel) != null) {
        throw new IllegalArgumentException("two adapters for the channel " + channel.channel());
      }
    }
    this.subscriptions = subscriptions;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts the workers; each also looks for due messages every {@code poll} unasked. */
  public synchronized void start(int count, Duration poll) {
    if (running) {
      return;
    }
    running = true;
    for (int i = 0; i < count; i++) {
      Thread worker = new Thread(() -> work(poll), "notification-dispatcher-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Stops the workers after the attempts under way. */
  public synchronized void stop() {
    running = false;
    nudges.release(workers.size());
    for (Thread worker : workers) {
      try {
        worker.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    workers.clear();
  }

  /** New messages were recorded: a waiting worker looks now rather than at its next poll. */
  public void nudge() {
    if (nudges.availablePermits() < workers.size()) {
      nudges.release();
    }
  }

  private void work(Duration poll) {
    while (running) {
      try {
        while (running && deliverNext()) {
          // on to the next due message
        }
        nudges.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // the store is unreachable, say: the message stays claimed until its lease ends
        log.warn("notification delivery interrupted: {}", e.toString());
        try {
          Thread.sleep(poll.toMillis());
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Claims and delivers the message due first.
   *
   * @return whether there was one
   */
  public boolean deliverNext() {
    Instant now = clock.instant();
    Optional<OutboundMessage> claimed = outbox.claimDue(now, now.plus(settings.lease()));
    claimed.ifPresent(this::deliver);
    return claimed.isPresent();
  }

  private void deliver(OutboundMessage message) {
    int number = message.attemptCount() + 1;
    NotificationChannelPort channel = channels.get(message.channel());
    if (channel == null) {
      outbox.attempted(
          message.id(),
          new DeliveryAttempt(number, clock.instant(), false, null, "no adapter", Duration.ZERO),
          MessageState.FAILED,
          null,
          "no adapter for the channel " + message.channel() + " is configured any more");
      return;
    }
    if (message.purpose() == MessagePurpose.WEBHOOK_EVENT && !subscribed(message)) {
      // its subscriber was paused since it was claimed: it waits with the others
      outbox.hold(message.subscription(), "the subscriber is paused");
      return;
    }
    Instant start = clock.instant();
    DeliveryReceipt receipt;
    try {
      receipt = channel.deliver(message);
    } catch (DeliveryFailedException | RuntimeException e) {
      failed(message, number, start, e);
      return;
    }
    // only the channel's answer decides: a store failure from here on is not a failed delivery
    Instant end = clock.instant();
    outbox.attempted(
        message.id(),
        new DeliveryAttempt(
            number, start, true, receipt.status(), receipt.detail(), Duration.between(start, end)),
        MessageState.DELIVERED,
        null,
        null);
    if (message.purpose() == MessagePurpose.WEBHOOK_EVENT) {
      subscriptions.succeeded(message.subscription());
    }
  }

  private void failed(OutboundMessage message, int number, Instant start, Exception e) {
    Instant end = clock.instant();
    Integer status = e instanceof DeliveryFailedException failed ? failed.status() : null;
    DeliveryAttempt attempt =
        new DeliveryAttempt(
            number, start, false, status, describe(e), Duration.between(start, end));
    if (message.purpose() == MessagePurpose.WEBHOOK_EVENT) {
      failedWebhook(message, attempt, end);
    } else if (number >= settings.maxAttempts()) {
      outbox.attempted(
          message.id(),
          attempt,
          MessageState.FAILED,
          null,
          "gave up after " + number + " attempts");
      log.warn(
          "message {} to {} failed for good: {}", message.id(), message.channel(), describe(e));
    } else {
      outbox.attempted(
          message.id(), attempt, MessageState.PENDING, end.plus(settings.backoff(number)), null);
    }
  }

  private boolean subscribed(OutboundMessage message) {
    return subscriptions
        .find(message.subscription())
        .map(WebhookSubscription::active)
        .orElse(false);
  }

  private void failedWebhook(OutboundMessage message, DeliveryAttempt attempt, Instant now) {
    WebhookSubscription subscription = subscriptions.find(message.subscription()).orElse(null);
    if (subscription == null || subscription.deleted()) {
      outbox.attempted(
          message.id(), attempt, MessageState.FAILED, null, "the subscription was deleted");
      return;
    }
    if (!subscription.active()) {
      // paused while this attempt was under way
      outbox.attempted(message.id(), attempt, MessageState.HELD, null, "the subscriber is paused");
      return;
    }
    if (subscriptions.failed(
        subscription.id(), settings.pauseWebhookAfter(), now, attempt.detail())) {
      outbox.attempted(message.id(), attempt, MessageState.HELD, null, "the subscriber is paused");
      long held = outbox.hold(subscription.id(), "the subscriber is paused");
      if (subscribed(message)) {
        // an admin resumed it in the meantime: what was just held goes out again
        outbox.release(subscription.id(), now);
      }
      log.warn(
          "webhook subscriber {} paused after {} failed deliveries in a row ({} more held)",
          subscription.id(),
          settings.pauseWebhookAfter(),
          held);
      return;
    }
    if (attempt.number() >= settings.maxAttempts()) {
      // the subscriber takes other deliveries but keeps refusing this one
      outbox.attempted(
          message.id(),
          attempt,
          MessageState.FAILED,
          null,
          "gave up after " + attempt.number() + " attempts");
      return;
    }
    outbox.attempted(
        message.id(),
        attempt,
        MessageState.PENDING,
        now.plus(settings.backoff(attempt.number())),
        null);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
