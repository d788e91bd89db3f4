package com.feedbackdesk.application.notification.port.out;

import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.InboxPage;
import java.time.Instant;
import java.util.Optional;

/** The customers' in-app inboxes. */
public interface CustomerInboxPort {

  /** Puts the message in its customer's inbox unless it is there already (same id). */
  void deliver(InboxMessage message);

  /** A page of the customer's messages, newest first; only unread ones when asked. */
  InboxPage list(String customerId, boolean unreadOnly, int page, int size);

  /**
   * Marks one of the customer's messages read (once: a second time keeps the first time).
   *
   * @return the message, empty when the customer has no message of that id
   */
  Optional<InboxMessage> markRead(String customerId, String messageId, Instant at);
}
