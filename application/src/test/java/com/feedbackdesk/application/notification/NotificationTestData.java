package com.feedbackdesk.application.notification;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.MessageTemplate;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.Recipient;
import com.feedbackdesk.application.notification.model.TemplateRef;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Messages and templates for the notification tests. */
public final class NotificationTestData {

  private NotificationTestData() {}

  public static OutboundMessage message(
      String id, TicketId ticket, long sequence, Instant at, String subscription) {
    boolean webhook = subscription != null;
    return new OutboundMessage(
        id,
        ticket,
        "FW20240520001",
        sequence,
        "TicketResolved",
        webhook ? MessagePurpose.WEBHOOK_EVENT : MessagePurpose.RESULT,
        webhook
            ? new Recipient(Recipient.Kind.SUBSCRIBER, subscription, "crm", "http://crm/hooks")
            : new Recipient(Recipient.Kind.CUSTOMER, "C10086", "王芳", "wang.fang@example.cn"),
        webhook ? DeliveryChannel.WEBHOOK : DeliveryChannel.EMAIL,
        webhook ? null : new TemplateRef("result", 1, "zh", "abc123"),
        webhook ? null : "处理结果",
        "{\"id\":\"" + id + "\"}",
        webhook ? null : "<p>处理结果</p>",
        subscription,
        MessageState.PENDING,
        List.of(),
        at,
        at,
        null,
        null);
  }

  /**
   * A template for every purpose in Chinese and English, each naming its purpose and the ticket and
   * showing the values the tests look for.
   */
  public static List<MessageTemplate> templates() {
    List<MessageTemplate> templates = new ArrayList<>();
    for (MessagePurpose purpose : MessagePurpose.values()) {
      if (purpose.template() == null) {
        continue;
      }
      String body = body(purpose);
      templates.add(
          new MessageTemplate(
              purpose.template(),
              1,
              "zh",
              purpose.template() + " {{ticket.number}}",
              "中文 " + body,
              "<p>中文 " + body + "</p>",
              Map.of("RESEND", "补发", "P1", "紧急")));
      templates.add(
          new MessageTemplate(
              purpose.template(),
              2,
              "en",
              purpose.template() + " {{ticket.number}}",
              "English " + body,
              null,
              Map.of("RESEND", "resend")));
    }
    return templates;
  }

  private static String body(MessagePurpose purpose) {
    return switch (purpose) {
      case ACKNOWLEDGEMENT ->
          "{{#promisedWithinHours}}{{promisedWithinHours}}h {{promisedBy}}{{/promisedWithinHours}}";
      case INFORMATION_REQUEST, REPLY -> "{{message}}";
      case RESULT ->
          "{{resolution.type}} {{resolution.summary}} {{#resolution.improvements}}改进:{{resolution.improvements}}{{/resolution.improvements}} {{surveyLink}} {{closesAt}}";
      case CONFIRMATION_REQUEST -> "{{closesAt}}";
      case RETURN_VISIT -> "{{#reached}}reached{{/reached}}{{^reached}}missed{{/reached}}";
      case STAFF_ASSIGNED -> "{{staff.name}} {{assignee}} {{consoleLink}}";
      case STAFF_URGENT -> "{{staff.name}} {{ticket.priority}}";
      case STAFF_REMINDER -> "{{staff.name}} {{clock}} {{dueAt}}";
      case STAFF_ESCALATION -> "{{staff.name}} {{escalation.level}} {{escalation.reason}}";
      case WEBHOOK_EVENT -> "";
    };
  }
}
