package com.feedbackdesk.application.notification.model;

import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message in the outbox: recorded, rendered, before any attempt to deliver it, so that a crash
 * between the two never loses it; its id is derived from the event, the recipient and the channel,
 * so recording it again (a replayed event) changes nothing, and a channel that accepted it is never
 * sent it again by a retry (each channel's copy is a message of its own).
 *
 * @param sequence the ticket event's sequence number that caused it
 * @param eventType the event's type, e.g. {@code TicketResolved}
 * @param template null for webhook events and for undeliverable messages
 * @param subject the subject line; null for webhooks
 * @param text the plain-text body; for webhooks the JSON body
 * @param html the HTML body; null when the channel takes none
 * @param subscription the webhook subscription's id; null for other channels
 * @param nextAttemptAt when it is due next (PENDING), or when its lease ends (SENDING)
 * @param note why it is undeliverable, held or failed
 */
public record OutboundMessage(
    String id,
    TicketId ticketId,
    String ticketNumber,
    long sequence,
    String eventType,
    MessagePurpose purpose,
    Recipient recipient,
    DeliveryChannel channel,
    TemplateRef template,
    String subject,
    String text,
    String html,
    String subscription,
    MessageState state,
    List<DeliveryAttempt> attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant deliveredAt,
    String note) {

  public OutboundMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(state, "state");
    attempts = List.copyOf(attempts == null ? List.of() : attempts);
  }

  public int attemptCount() {
    return attempts.size();
  }
}
