package com.feedbackdesk.application.notification.service;

import static com.feedbackdesk.application.notification.NotificationTestData.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryFailedException;
import com.feedbackdesk.application.notification.model.DeliveryReceipt;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.NotificationChannelPort;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryOutbox;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryWebhookSubscriptions;
import com.feedbackdesk.domain.shared.TestClocks;
import com.feedbackdesk.domain.ticket.TicketId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery from the outbox: attempts recorded, retries with exponential back-off, giving up after
 * the last attempt, and a webhook subscriber that keeps failing paused while the others go on. The
 * channels here are stand-ins for the adapters (tested against a real SMTP server and HTTP receiver
 * in their modules), scripted to fail.
 */
class NotificationDispatcherTest {

  private static final Instant T0 = Instant.parse("2024-05-20T03:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  private final TicketId ticket = TicketId.parse(UUID.randomUUID().toString());
  private final AtomicInteger emailFailures = new AtomicInteger();
  private final List<String> delivered = new ArrayList<>();
  private NotificationDispatcher dispatcher;

  @BeforeEach
  void setUp() {
    NotificationChannelPort email =
        new ScriptedChannel(DeliveryChannel.EMAIL) {
          @Override
          boolean fails(OutboundMessage message) {
            return emailFailures.getAndDecrement() > 0;
          }
        };
    NotificationChannelPort webhooks =
        new ScriptedChannel(DeliveryChannel.WEBHOOK) {
          @Override
          boolean fails(OutboundMessage message) {
            return message.subscription().equals("broken") || message.id().equals("poison");
          }
        };
    dispatcher =
        new NotificationDispatcher(
            outbox,
            List.of(email, webhooks),
            subscriptions,
            TicketNotificationsTest.settings(),
            clock.clock);
    subscriptions.save(subscription("broken"));
    subscriptions.save(subscription("healthy"));
  }

  private abstract class ScriptedChannel implements NotificationChannelPort {
    private final DeliveryChannel channel;

    ScriptedChannel(DeliveryChannel channel) {
      this.channel = channel;
    }

    abstract boolean fails(OutboundMessage message);

    @Override
    public DeliveryChannel channel() {
      return channel;
    }

    @Override
    public DeliveryReceipt deliver(OutboundMessage message) throws DeliveryFailedException {
      if (fails(message)) {
        throw new DeliveryFailedException(503, "HTTP 503 busy", null);
      }
      delivered.add(message.id());
      return new DeliveryReceipt(204, "accepted");
    }
  }

  private static WebhookSubscription subscription(String id) {
    return new WebhookSubscription(
        id,
        URI.create("https://" + id + ".example/hooks"),
        Set.of("*"),
        "a-secret-of-twenty-four-chars!",
        id,
        false,
        T0,
        "admin",
        0,
        null,
        null,
        false);
  }

  private void deliverAllDue() {
    while (dispatcher.deliverNext()) {
      // until nothing is due
    }
  }

  @Test
  void aFailedAttemptIsRetriedWithBackOffUntilTheChannelAcceptsIt() {
    emailFailures.set(2);
    outbox.record(message("m1", ticket, 3, T0, null));

    deliverAllDue();
    OutboundMessage afterOne = outbox.find("m1").orElseThrow();
    assertThat(afterOne.state()).isEqualTo(MessageState.PENDING);
    assertThat(afterOne.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(afterOne.attempts().get(0).status()).isEqualTo(503);

    clock.set(T0.plusSeconds(29));
    assertThat(dispatcher.deliverNext()).as("not due before its back-off").isFalse();
    clock.set(T0.plusSeconds(30));
    deliverAllDue();
    assertThat(outbox.find("m1").orElseThrow().nextAttemptAt())
        .as("the wait doubles")
        .isEqualTo(T0.plusSeconds(90));
    clock.set(T0.plusSeconds(90));
    deliverAllDue();

    OutboundMessage done = outbox.find("m1").orElseThrow();
    assertThat(done.state()).isEqualTo(MessageState.DELIVERED);
    assertThat(done.attempts()).extracting(a -> a.delivered()).containsExactly(false, false, true);
    assertThat(delivered).containsExactly("m1");
    clock.set(T0.plus(Duration.ofDays(1)));
    assertThat(dispatcher.deliverNext()).as("never sent again").isFalse();
  }

  @Test
  void aMessageThatFailsEveryAttemptEndsFailedWithItsAttempts() {
    emailFailures.set(100);
    outbox.record(message("m1", ticket, 3, T0, null));

    for (int i = 0; i < 10; i++) {
      deliverAllDue();
      clock.set(clock.instant().plus(Duration.ofMinutes(10)));
    }

    OutboundMessage failed = outbox.find("m1").orElseThrow();
    assertThat(failed.state()).isEqualTo(MessageState.FAILED);
    assertThat(failed.attempts()).hasSize(4);
    assertThat(failed.note()).contains("gave up after 4 attempts");
  }

  @Test
  void aSubscriberThatKeepsFailingIsPausedAndNeverHoldsUpTheOthers() {
    for (int i = 0; i < 5; i++) {
      outbox.record(message("broken-" + i, ticket, i, T0, "broken"));
      outbox.record(message("healthy-" + i, ticket, i, T0, "healthy"));
    }

    for (int round = 0; round < 6; round++) {
      deliverAllDue();
      clock.set(clock.instant().plus(Duration.ofMinutes(10)));
    }

    assertThat(delivered)
        .containsExactlyInAnyOrder("healthy-0", "healthy-1", "healthy-2", "healthy-3", "healthy-4");
    WebhookSubscription broken = subscriptions.find("broken").orElseThrow();
    assertThat(broken.active()).isFalse();
    assertThat(broken.pauseReason()).contains("3 deliveries failed in a row").contains("HTTP 503");
    assertThat(outbox.forSubscription("broken", 10))
        .extracting(OutboundMessage::state)
        .containsOnly(MessageState.HELD);
    assertThat(
            outbox.forSubscription("broken", 10).stream().mapToInt(m -> m.attempts().size()).sum())
        .as("three attempts in all before the pause")
        .isEqualTo(3);
    assertThat(subscriptions.find("healthy").orElseThrow().active()).isTrue();

    // resumed (the service's resume does this): the held deliveries are due again at once
    subscriptions.save(broken.resumed());
    assertThat(outbox.release("broken", clock.instant())).isEqualTo(5);
    assertThat(dispatcher.deliverNext()).isTrue();
  }

  @Test
  void aDeliveryTheSubscriberKeepsRefusingWhileTakingTheOthersEndsFailed() {
    outbox.record(message("poison", ticket, 1, T0, "healthy"));
    for (int round = 0; round < 8; round++) {
      outbox.record(message("fine-" + round, ticket, 2 + round, clock.instant(), "healthy"));
      deliverAllDue();
      clock.set(clock.instant().plus(Duration.ofMinutes(10)));
    }

    OutboundMessage poison = outbox.find("poison").orElseThrow();
    assertThat(poison.state()).isEqualTo(MessageState.FAILED);
    assertThat(poison.attempts()).hasSize(4);
    assertThat(subscriptions.find("healthy").orElseThrow().active()).isTrue();
    assertThat(delivered).hasSize(8);
  }

  /** A clock the test moves. */
  private static final class MutableClock {
    private final AtomicReference<Instant> now;
    private final Clock clock;

    MutableClock(Instant start) {
      now = new AtomicReference<>(start);
      clock = TestClocks.following(now::get);
    }

    void set(Instant at) {
      now.set(at);
    }

    Instant instant() {
      return now.get();
    }
  }
}
