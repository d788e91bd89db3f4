package com.feedbackdesk.adapters.in.web.notification;

import com.feedbackdesk.adapters.in.web.notification.NotificationPayloads.InboxMessageResponse;
import com.feedbackdesk.adapters.in.web.notification.NotificationPayloads.InboxPageResponse;
import com.feedbackdesk.adapters.in.web.notification.NotificationPayloads.MessageResponse;
import com.feedbackdesk.adapters.in.web.notification.NotificationPayloads.TemplateResponse;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.notification.port.in.CustomerInboxUseCase;
import com.feedbackdesk.application.notification.port.in.NotificationsUseCase;
import com.feedbackdesk.application.notification.service.InboxService;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customers' in-app inboxes, the messages sent about a ticket, and the templates in use. */
@RestController
@Tag(
    name = "Notifications",
    description = "Messages to customers and staff: the in-app inbox, what was sent, templates.")
class NotificationController {

  private final CustomerInboxUseCase inbox;
  private final NotificationsUseCase notifications;

  NotificationController(CustomerInboxUseCase inbox, NotificationsUseCase notifications) {
    this.inbox = inbox;
    this.notifications = notifications;
  }

  @Operation(
      summary = "Read a customer's in-app inbox",
      description =
          "The messages the service sent the customer, newest first, with how many are unread."
              + " A customer reads their own inbox only.")
  @GetMapping(
      path = "/api/v1/customers/{customerId}/messages",
      produces = MediaType.APPLICATION_JSON_VALUE)
  InboxPageResponse messages(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "The shop's customer id.", example = "C10086") @PathVariable
          String customerId,
      @Parameter(description = "Only the unread messages.") @RequestParam(defaultValue = "false")
          boolean unread,
      @Parameter(description = "Page number, from 0.") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Items per page, 1 to " + InboxService.MAX_PAGE_SIZE + ".")
          @RequestParam(defaultValue = "20")
          int size) {
    return InboxPageResponse.of(inbox.messages(caller, customerId, unread, page, size));
  }

  @Operation(
      summary = "Mark an inbox message read",
      description =
          "The customer marks one of their own messages read; a second time changes nothing.")
  @PostMapping(
      path = "/api/v1/customers/{customerId}/messages/{messageId}/read",
      produces = MediaType.APPLICATION_JSON_VALUE)
  InboxMessageResponse markRead(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "The shop's customer id.", example = "C10086") @PathVariable
          String customerId,
      @Parameter(description = "The message's id.") @PathVariable String messageId) {
    return InboxMessageResponse.of(inbox.markRead(caller, customerId, messageId));
  }

  @Operation(
      summary = "List the messages sent about a ticket",
      description =
          "Every message recorded for the ticket (to the customer, to staff, to webhook"
              + " subscribers), oldest first, with the template version that produced it and"
              + " every delivery attempt.")
  @GetMapping(
      path = "/api/v1/tickets/{ref}/notifications",
      produces = MediaType.APPLICATION_JSON_VALUE)
  List<MessageResponse> forTicket(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "The ticket's id or number.", example = "FW20240520001")
          @PathVariable
          String ref) {
    return notifications.forTicket(caller, TicketReference.of(ref)).stream()
        .map(MessageResponse::of)
        .toList();
  }

  @Operation(
      summary = "List the message templates in use",
      description =
          "Each template's version and language as loaded (docs/notifications.md); a message"
              + " records the version that produced it.")
  @GetMapping(path = "/api/v1/notification-templates", produces = MediaType.APPLICATION_JSON_VALUE)
  List<TemplateResponse> templates(@Parameter(hidden = true) Caller caller) {
    return notifications.templates(caller).stream().map(TemplateResponse::of).toList();
  }
}
