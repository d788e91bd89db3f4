package com.feedbackdesk.adapters.in.web.notification;

import com.feedbackdesk.application.notification.model.DeliveryAttempt;
import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.InboxPage;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.Recipient;
import com.feedbackdesk.application.notification.model.TemplateRef;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the notification endpoints answer with. */
final class NotificationPayloads {

  private NotificationPayloads() {}

  @Schema(description = "A message in the customer's in-app inbox.")
  record InboxMessageResponse(
      @Schema(example = "9f2c41d07a5be3c8d1e6f0a2b4c6d8e0") String id,
      @Schema(example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") String ticketId,
      @Schema(example = "FW20240520001") String ticketNumber,
      @Schema(example = "RESULT") MessagePurpose purpose,
      @Schema(example = "【优品商城】您的反馈 FW20240520001 处理结果") String subject,
      @Schema(description = "The plain-text body.") String text,
      @Schema(description = "The HTML body (a fragment), escaped for display.") String html,
      @Schema(example = "2024-05-20T03:00:00Z") Instant createdAt,
      @Schema(description = "When the customer read it; null while unread.") Instant readAt) {

    static InboxMessageResponse of(InboxMessage m) {
      return new InboxMessageResponse(
          m.id(),
          m.ticketId() == null ? null : m.ticketId().toString(),
          m.ticketNumber(),
          m.purpose(),
          m.subject(),
          m.text(),
          m.html(),
          m.createdAt(),
          m.readAt());
    }
  }

  @Schema(description = "A page of the inbox, newest first.")
  record InboxPageResponse(
      List<InboxMessageResponse> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(description = "Messages matching in all.", example = "12") long total,
      @Schema(description = "Unread messages in the whole inbox.", example = "2") long unread) {

    static InboxPageResponse of(InboxPage page) {
      return new InboxPageResponse(
          page.items().stream().map(InboxMessageResponse::of).toList(),
          page.page(),
          page.size(),
          page.total(),
          page.unread());
    }
  }

  @Schema(description = "One attempt to deliver a message.")
  record AttemptResponse(
      @Schema(example = "1") int number,
      Instant at,
      @Schema(example = "false") boolean delivered,
      @Schema(description = "The subscriber's HTTP status (webhooks).", example = "500")
          Integer status,
      @Schema(example = "HTTP 500 internal error") String detail,
      @Schema(example = "38") long tookMillis) {

    static AttemptResponse of(DeliveryAttempt a) {
      return new AttemptResponse(
          a.number(), a.at(), a.delivered(), a.status(), a.detail(), a.took().toMillis());
    }
  }

  @Schema(description = "A message the service recorded, and how its delivery went.")
  record MessageResponse(
      String id,
      @Schema(example = "FW20240520001") String ticketNumber,
      @Schema(description = "The ticket event's sequence number that caused it.", example = "3")
          long sequence,
      @Schema(example = "TicketResolved") String eventType,
      @Schema(example = "RESULT") MessagePurpose purpose,
      @Schema(example = "CUSTOMER") Recipient.Kind recipientKind,
      @Schema(example = "C10086") String recipientId,
      @Schema(description = "Where it went: an e-mail address, a customer id, a URL.")
          String address,
      @Schema(example = "EMAIL") DeliveryChannel channel,
      @Schema(description = "The template version that produced it.", example = "result@1/zh")
          String template,
      @Schema(description = "A digest of the template text used.", example = "3fa85f64c1d2")
          String templateDigest,
      String subject,
      @Schema(example = "DELIVERED") MessageState state,
      @Schema(description = "Why it is undeliverable, held or failed.") String note,
      Instant createdAt,
      @Schema(description = "When it is tried next (PENDING).") Instant nextAttemptAt,
      Instant deliveredAt,
      List<AttemptResponse> attempts) {

    static MessageResponse of(OutboundMessage m) {
      TemplateRef template = m.template();
      return new MessageResponse(
          m.id(),
          m.ticketNumber(),
          m.sequence(),
          m.eventType(),
          m.purpose(),
          m.recipient().kind(),
          m.recipient().id(),
          m.recipient().address(),
          m.channel(),
          template == null ? null : template.toString(),
          template == null ? null : template.digest(),
          m.subject(),
          m.state(),
          m.note(),
          m.createdAt(),
          m.state() == MessageState.PENDING ? m.nextAttemptAt() : null,
          m.deliveredAt(),
          m.attempts().stream().map(AttemptResponse::of).toList());
    }
  }

  @Schema(description = "A template version in use.")
  record TemplateResponse(
      @Schema(example = "result") String name,
      @Schema(example = "1") int version,
      @Schema(example = "zh") String language,
      @Schema(example = "3fa85f64c1d2") String digest) {

    static TemplateResponse of(TemplateRef ref) {
      return new TemplateResponse(ref.name(), ref.version(), ref.language(), ref.digest());
    }
  }

  @Schema(description = "A webhook subscriber (its secret is never shown).")
  record WebhookResponse(
      @Schema(example = "0b6f3c1e-2d4a-4e5f-9a8b-7c6d5e4f3a2b") String id,
      @Schema(example = "https://crm.shop.example/hooks/feedbackdesk") URI url,
      @Schema(example = "[\"TicketSubmitted\",\"TicketResolved\"]") Set<String> eventTypes,
      @Schema(example = "CRM sync") String description,
      @Schema(example = "false") boolean includePersonalData,
      @Schema(
              example = "ACTIVE",
              allowableValues = {"ACTIVE", "PAUSED"})
          String status,
      @Schema(description = "Deliveries failed in a row since the last success.", example = "0")
          int consecutiveFailures,
      Instant pausedAt,
      @Schema(example = "5 deliveries failed in a row; the last: HTTP 500") String pauseReason,
      Instant createdAt,
      @Schema(example = "admin:ops") String createdBy) {

    static WebhookResponse of(WebhookSubscription s) {
      return new WebhookResponse(
          s.id(),
          s.url(),
          new TreeSet<>(s.eventTypes()),
          s.description(),
          s.includePersonalData(),
          s.active() ? "ACTIVE" : "PAUSED",
          s.consecutiveFailures(),
          s.pausedAt(),
          s.pauseReason(),
          s.createdAt(),
          s.createdBy());
    }
  }
}
