package com.feedbackdesk.adapters.in.web.notification;

import com.feedbackdesk.application.notification.port.in.WebhookRegistration;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

@Schema(
    description =
        "A subscriber to register. Each event of a listed type is POSTed to url as JSON, signed"
            + " with the secret (docs/notifications.md: FeedbackDesk-Signature).")
record WebhookRequest(
    @Schema(
            description = "An absolute http or https URL.",
            example = "https://crm.shop.example/hooks/feedbackdesk",
            maxLength = 2000)
        @NotBlank
        @Size(max = 2000)
        String url,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description = "Event types (docs/events.md), or * for every event.",
                    example = "[\"TicketSubmitted\",\"TicketResolved\"]"),
            maxItems = 50)
        @NotEmpty
        @Size(max = 50)
        Set<String> eventTypes,
    @Schema(
            description = "The shared secret that signs each delivery, 24 to 256 characters.",
            example = "whsec_3q8Zt0v9yXc2LmN5pQ7rS1uW",
            minLength = WebhookRegistration.MIN_SECRET_LENGTH,
            maxLength = WebhookRegistration.MAX_SECRET_LENGTH)
        @NotNull
        @Size(
            min = WebhookRegistration.MIN_SECRET_LENGTH,
            max = WebhookRegistration.MAX_SECRET_LENGTH)
        String secret,
    @Schema(description = "What the subscriber is.", example = "CRM sync", maxLength = 200)
        @Size(max = 200)
        String description,
    @Schema(
            description =
                "Whether customers' names, phones and e-mail addresses are sent; false (the"
                    + " default) sends them pseudonymized.",
            example = "false")
        Boolean includePersonalData) {

  WebhookRegistration toRegistration() {
    URI parsed;
    try {
      parsed = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new com.feedbackdesk.domain.shared.InvalidValueException(
          "url", "not a URL: " + e.getMessage());
    }
    return new WebhookRegistration(
        parsed, eventTypes, secret, description, Boolean.TRUE.equals(includePersonalData));
  }
}
