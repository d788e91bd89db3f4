package com.feedbackdesk.application.notification.model;

import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;

/**
 * A message in a customer's in-app inbox (the outbox message's id, so delivering it twice keeps
 * one).
 *
 * @param readAt when the customer read it; null while unread
 */
public record InboxMessage(
    String id,
    String customerId,
    TicketId ticketId,
    String ticketNumber,
    MessagePurpose purpose,
    String subject,
    String text,
    String html,
    Instant createdAt,
    Instant readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
