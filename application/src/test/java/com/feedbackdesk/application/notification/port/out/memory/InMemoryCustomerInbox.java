package com.feedbackdesk.application.notification.port.out.memory;

import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.InboxPage;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPort;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The in-app inboxes in memory, for the application's tests. */
public final class InMemoryCustomerInbox implements CustomerInboxPort {

  private final Map<String, InboxMessage> messages = new LinkedHashMap<>();

  @Override
  public synchronized void deliver(InboxMessage message) {
    messages.putIfAbsent(message.id(), message);
  }

  @Override
  public synchronized InboxPage list(String customerId, boolean unreadOnly, int page, int size) {
    List<InboxMessage> mine =
        messages.values().stream()
            .filter(m -> m.customerId().equals(customerId))
            .sorted(
                Comparator.comparing(InboxMessage::createdAt)
                    .thenComparing(InboxMessage::id)
                    .reversed())
            .toList();
    List<InboxMessage> matching = mine.stream().filter(m -> !unreadOnly || m.unread()).toList();
    return new InboxPage(
        matching.stream().skip((long) page * size).limit(size).toList(),
        page,
        size,
        matching.size(),
        mine.stream().filter(InboxMessage::unread).count());
  }

  @Override
  public synchronized Optional<InboxMessage> markRead(
      String customerId, String messageId, Instant at) {
    InboxMessage m = messages.get(messageId);
    if (m == null || !m.customerId().equals(customerId)) {
      return Optional.empty();
    }
    if (m.unread()) {
      m =
          new InboxMessage(
              m.id(),
              m.customerId(),
              m.ticketId(),
              m.ticketNumber(),
              m.purpose(),
              m.subject(),
              m.text(),
              m.html(),
              m.createdAt(),
              at);
      messages.put(messageId, m);
    }
    return Optional.of(m);
  }
}
