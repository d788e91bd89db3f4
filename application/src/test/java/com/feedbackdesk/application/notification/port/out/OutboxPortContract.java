package com.feedbackdesk.application.notification.port.out;

import static com.feedbackdesk.application.notification.NotificationTestData.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.notification.model.DeliveryAttempt;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OutboxPort} must do; extended by each implementation's test. */
public abstract class OutboxPortContract {

  private static final Instant T0 = Instant.parse("2024-05-20T03:00:00Z");
  private final TicketId ticket = TicketId.parse(UUID.randomUUID().toString());

  private OutboxPort outbox;

  protected abstract OutboxPort createPort();

  @BeforeEach
  void setUp() {
    outbox = createPort();
  }

  @Test
  void aMessageIsRecordedOnceWhateverHowOftenItIsRecorded() {
    assertThat(outbox.record(message("m1", ticket, 3, T0, null))).isTrue();
    assertThat(outbox.record(message("m1", ticket, 3, T0.plusSeconds(9), null))).isFalse();

    assertThat(outbox.forTicket(ticket)).extracting(OutboundMessage::id).containsExactly("m1");
    assertThat(outbox.find("m1").orElseThrow()).isEqualTo(message("m1", ticket, 3, T0, null));
  }

  @Test
  void theDueMessageIsClaimedOnceUntilItsLeaseEnds() {
    outbox.record(message("later", ticket, 4, T0.plusSeconds(60), null));
    outbox.record(message("first", ticket, 3, T0, null));

    assertThat(outbox.claimDue(T0.minusSeconds(1), T0.plusSeconds(30))).isEmpty();
    OutboundMessage claimed = outbox.claimDue(T0, T0.plusSeconds(30)).orElseThrow();
    assertThat(claimed.id()).isEqualTo("first");
    assertThat(claimed.state()).isEqualTo(MessageState.SENDING);
    assertThat(outbox.claimDue(T0.plusSeconds(10), T0.plusSeconds(40))).isEmpty();
    // its instance died: when the lease has run out another takes it
    OutboundMessage again = outbox.claimDue(T0.plusSeconds(30), T0.plusSeconds(60)).orElseThrow();
    assertThat(again.id()).isEqualTo("first");
  }

  @Test
  void attemptsAreKeptInOrderWithTheStateTheyLeave() {
    outbox.record(message("m1", ticket, 3, T0, null));
    outbox.claimDue(T0, T0.plusSeconds(30));
    outbox.attempted(
        "m1",
        new DeliveryAttempt(1, T0, false, 500, "HTTP 500", Duration.ofMillis(12)),
        MessageState.PENDING,
        T0.plusSeconds(30),
        null);
    assertThat(outbox.claimDue(T0.plusSeconds(29), T0.plusSeconds(59))).isEmpty();
    outbox.claimDue(T0.plusSeconds(30), T0.plusSeconds(60)).orElseThrow();
    outbox.attempted(
        "m1",
        new DeliveryAttempt(2, T0.plusSeconds(31), true, 204, "HTTP 204", Duration.ofMillis(5)),
        MessageState.DELIVERED,
        null,
        null);

    OutboundMessage done = outbox.find("m1").orElseThrow();
    assertThat(done.state()).isEqualTo(MessageState.DELIVERED);
    assertThat(done.deliveredAt()).isEqualTo(T0.plusSeconds(31));
    assertThat(done.attempts())
        .extracting(DeliveryAttempt::number, DeliveryAttempt::status, DeliveryAttempt::delivered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 500, false),
            org.assertj.core.groups.Tuple.tuple(2, 204, true));
    assertThat(outbox.claimDue(T0.plusSeconds(3600), T0.plusSeconds(3630))).isEmpty();
  }

  @Test
  void recordingWhileOthersClaimLosesNothingAndHandsEachMessageOutOnce() throws Exception {
    int recorders = 4;
    int each = 60;
    java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> handedOut =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(recorders + 3);
    java.util.List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
    for (int r = 0; r < recorders; r++) {
      int recorder = r;
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  outbox.record(message("r" + recorder + "-" + i, ticket, i, T0, null));
                }
              }));
    }
    java.util.List<java.util.concurrent.Future<?>> claimers = new java.util.ArrayList<>();
    for (int c = 0; c < 3; c++) {
      claimers.add(
          pool.submit(
              () -> {
                Instant giveUp = Instant.now().plusSeconds(60);
                while (handedOut.size() < recorders * each && Instant.now().isBefore(giveUp)) {
                  // the real time: a claim may leave a message being recorded for a second later
                  Instant now = Instant.now();
                  var claimed = outbox.claimDue(now, now.plusSeconds(3600));
                  if (claimed.isEmpty()) {
                    Thread.sleep(5);
                    continue;
                  }
                  String id = claimed.get().id();
                  handedOut
                      .computeIfAbsent(id, k -> new java.util.concurrent.atomic.AtomicInteger())
                      .incrementAndGet();
                  outbox.attempted(
                      id,
                      new DeliveryAttempt(1, T0, true, null, "ok", Duration.ZERO),
                      MessageState.DELIVERED,
                      null,
                      null);
                }
                return null;
              }));
    }
    for (var recorder : work) {
      recorder.get();
    }
    for (var claimer : claimers) {
      claimer.get();
    }
    pool.shutdown();

    assertThat(handedOut).hasSize(recorders * each);
    assertThat(handedOut.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(outbox.forTicket(ticket))
        .extracting(OutboundMessage::state)
        .containsOnly(MessageState.DELIVERED);
  }

  @Test
  void aSubscriptionsDeliveriesAreHeldAndReleasedTogether() {
    outbox.record(message("a", ticket, 3, T0, "s1"));
    outbox.record(message("b", ticket, 4, T0, "s1"));
    outbox.record(message("other", ticket, 4, T0, "s2"));

    assertThat(outbox.hold("s1", "paused")).isEqualTo(2);
    assertThat(outbox.claimDue(T0, T0.plusSeconds(30)).orElseThrow().id()).isEqualTo("other");
    assertThat(outbox.claimDue(T0, T0.plusSeconds(30))).isEmpty();
    assertThat(outbox.find("a").orElseThrow().note()).isEqualTo("paused");

    assertThat(outbox.release("s1", T0.plusSeconds(100))).isEqualTo(2);
    assertThat(outbox.claimDue(T0.plusSeconds(100), T0.plusSeconds(130))).isPresent();
    assertThat(outbox.forSubscription("s1", 10))
        .extracting(OutboundMessage::id)
        .containsExactly("b", "a");
    assertThat(outbox.forSubscription("s1", 1)).hasSize(1);
  }
}
