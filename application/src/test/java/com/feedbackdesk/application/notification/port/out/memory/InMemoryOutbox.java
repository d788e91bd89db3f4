package com.feedbackdesk.application.notification.port.out.memory;

import com.feedbackdesk.application.notification.model.DeliveryAttempt;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The outbox in memory, for the application's tests; synchronized like one atomic store. */
public final class InMemoryOutbox implements OutboxPort {

  private final Map<String, OutboundMessage> messages = new LinkedHashMap<>();

  @Override
  public synchronized boolean record(OutboundMessage message) {
    return messages.putIfAbsent(message.id(), message) == null;
  }

  @Override
  public synchronized Optional<OutboundMessage> claimDue(Instant now, Instant leaseUntil) {
    Optional<OutboundMessage> due =
        messages.values().stream()
            .filter(
                m ->
                    (m.state() == MessageState.PENDING || m.state() == MessageState.SENDING)
                        && m.nextAttemptAt() != null
                        && !m.nextAttemptAt().isAfter(now))
            .min(
                Comparator.comparing(OutboundMessage::nextAttemptAt)
                    .thenComparing(OutboundMessage::id));
    due.ifPresent(
        m -> messages.put(m.id(), withState(m, MessageState.SENDING, leaseUntil, m.note())));
    return due.map(m -> messages.get(m.id()));
  }

  @Override
  public synchronized void attempted(
      String id, DeliveryAttempt attempt, MessageState state, Instant nextAttemptAt, String note) {
    OutboundMessage m = messages.get(id);
    List<DeliveryAttempt> attempts = new ArrayList<>(m.attempts());
    attempts.add(attempt);
    messages.put(
        id,
        new OutboundMessage(
            m.id(),
            m.ticketId(),
            m.ticketNumber(),
            m.sequence(),
            m.eventType(),
            m.purpose(),
            m.recipient(),
            m.channel(),
            m.template(),
            m.subject(),
            m.text(),
            m.html(),
            m.subscription(),
            state,
            attempts,
            m.createdAt(),
            nextAttemptAt,
            state == MessageState.DELIVERED ? attempt.at() : m.deliveredAt(),
            note));
  }

  @Override
  public synchronized long hold(String subscription, String note) {
    return change(
        subscription,
        m -> m.state() == MessageState.PENDING || m.state() == MessageState.SENDING,
        m -> withState(m, MessageState.HELD, null, note));
  }

  @Override
  public synchronized long release(String subscription, Instant now) {
    return change(
        subscription,
        m -> m.state() == MessageState.HELD,
        m -> withState(m, MessageState.PENDING, now, null));
  }

  private static OutboundMessage withState(
      OutboundMessage m, MessageState next, Instant nextAttempt, String why) {
    return new OutboundMessage(
        m.id(),
        m.ticketId(),
        m.ticketNumber(),
        m.sequence(),
        m.eventType(),
        m.purpose(),
        m.recipient(),
        m.channel(),
        m.template(),
        m.subject(),
        m.text(),
        m.html(),
        m.subscription(),
        next,
        m.attempts(),
        m.createdAt(),
        nextAttempt,
        m.deliveredAt(),
        why);
  }

  private long change(
      String subscription,
      java.util.function.Predicate<OutboundMessage> which,
      java.util.function.UnaryOperator<OutboundMessage> how) {
    long changed = 0;
    for (OutboundMessage m : List.copyOf(messages.values())) {
      if (Objects.equals(m.subscription(), subscription) && which.test(m)) {
        messages.put(m.id(), how.apply(m));
        changed++;
      }
    }
    return changed;
  }

  @Override
  public synchronized Optional<OutboundMessage> find(String id) {
    return Optional.ofNullable(messages.get(id));
  }

  @Override
  public synchronized List<OutboundMessage> forTicket(TicketId ticket) {
    return messages.values().stream()
        .filter(m -> ticket.equals(m.ticketId()))
        .sorted(
            Comparator.comparing(OutboundMessage::createdAt)
                .thenComparing(OutboundMessage::sequence)
                .thenComparing(OutboundMessage::id))
        .toList();
  }

  @Override
  public synchronized List<OutboundMessage> forSubscription(String subscription, int limit) {
    return messages.values().stream()
        .filter(m -> subscription.equals(m.subscription()))
        .sorted(
            Comparator.comparing(OutboundMessage::createdAt)
                .thenComparing(OutboundMessage::sequence)
                .reversed())
        .limit(limit)
        .toList();
  }
}
