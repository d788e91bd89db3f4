package com.feedbackdesk.adapters.in.web.notification;

import com.feedbackdesk.adapters.in.web.notification.NotificationPayloads.MessageResponse;
import com.feedbackdesk.adapters.in.web.notification.NotificationPayloads.WebhookResponse;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.notification.port.in.WebhooksUseCase;
import com.feedbackdesk.application.notification.service.WebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscribers (admins): register, inspect their deliveries, resume, delete. */
@RestController
@RequestMapping(path = WebhookController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Webhooks",
    description =
        "Ticket events POSTed to subscribers, signed with HMAC-SHA256; retried with back-off,"
            + " paused when they keep failing.")
class WebhookController {

  static final String BASE = "/api/v1/webhooks";

  private final WebhooksUseCase webhooks;

  WebhookController(WebhooksUseCase webhooks) {
    this.webhooks = webhooks;
  }

  @Operation(
      summary = "Register a webhook subscriber",
      description =
          "From now on each ticket event of the listed types is delivered to the URL. The secret"
              + " is kept to sign deliveries and is never shown again.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WebhookResponse> register(
      @Parameter(hidden = true) Caller caller, @Valid @RequestBody WebhookRequest body) {
    WebhookResponse created = WebhookResponse.of(webhooks.register(caller, body.toRegistration()));
    return ResponseEntity.created(URI.create(BASE + "/" + created.id())).body(created);
  }

  @Operation(summary = "List the webhook subscribers")
  @GetMapping
  List<WebhookResponse> list(@Parameter(hidden = true) Caller caller) {
    return webhooks.list(caller).stream().map(WebhookResponse::of).toList();
  }

  @Operation(summary = "Read a webhook subscriber")
  @GetMapping("/{id}")
  WebhookResponse find(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
    return WebhookResponse.of(webhooks.find(caller, id));
  }

  @Operation(
      summary = "List a subscriber's deliveries",
      description = "Newest first, each with every attempt: when, the HTTP status, what it said.")
  @GetMapping("/{id}/deliveries")
  List<MessageResponse> deliveries(
      @Parameter(hidden = true) Caller caller,
      @PathVariable String id,
      @Parameter(description = "At most this many, 1 to " + WebhookService.MAX_DELIVERIES + ".")
          @RequestParam(defaultValue = "50")
          int limit) {
    return webhooks.deliveries(caller, id, limit).stream().map(MessageResponse::of).toList();
  }

  @Operation(
      summary = "Resume a paused subscriber",
      description =
          "Its held deliveries are due again at once. Deliveries may arrive out of order (a retry"
              + " comes after later events): order them by ticketId and sequence.")
  @PostMapping("/{id}/resumption")
  WebhookResponse resume(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
    return WebhookResponse.of(webhooks.resume(caller, id));
  }

  @Operation(
      summary = "Delete a subscriber",
      description =
          "No more deliveries are made to it: those not yet made are held, never delivered, and"
              + " stay readable with the others.")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
    webhooks.delete(caller, id);
    return ResponseEntity.noContent().build();
  }
}
