package com.feedbackdesk.application.notification.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A subscriber to ticket events: each event of a subscribed type is POSTed to its URL, signed with
 * its secret (docs/notifications.md). One that keeps failing is paused with the reason, and its
 * deliveries wait (HELD) until an admin resumes it.
 *
 * @param eventTypes event type names such as {@code TicketResolved}; {@code *} for every event
 * @param includePersonalData whether customers' names, phones and e-mail addresses are sent; when
 *     false they are pseudonymized as for analysts
 * @param consecutiveFailures deliveries failed in a row since the last success
 * @param pausedAt null while active
 */
public record WebhookSubscription(
    String id,
    URI url,
    Set<String> eventTypes,
    String secret,
    String description,
    boolean includePersonalData,
    Instant createdAt,
    String createdBy,
    int consecutiveFailures,
    Instant pausedAt,
    String pauseReason,
    boolean deleted) {

  public static final String EVERY_EVENT = "*";

  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    eventTypes = Set.copyOf(eventTypes);
  }

  public boolean active() {
    return pausedAt == null && !deleted;
  }

  public boolean wants(String eventType) {
    return eventTypes.contains(EVERY_EVENT) || eventTypes.contains(eventType);
  }

  public WebhookSubscription failed(int failures, Instant pause, String reason) {
    return new WebhookSubscription(
        id,
        url,
        eventTypes,
        secret,
        description,
        includePersonalData,
        createdAt,
        createdBy,
        failures,
        pause,
        reason,
        deleted);
  }

  public WebhookSubscription resumed() {
    return new WebhookSubscription(
        id,
        url,
        eventTypes,
        secret,
        description,
        includePersonalData,
        createdAt,
        createdBy,
        0,
        null,
        null,
        deleted);
  }

  public WebhookSubscription removed() {
    return new WebhookSubscription(
        id,
        url,
        eventTypes,
        secret,
        description,
        includePersonalData,
        createdAt,
        createdBy,
        consecutiveFailures,
        pausedAt,
        pauseReason,
        true);
  }
}
