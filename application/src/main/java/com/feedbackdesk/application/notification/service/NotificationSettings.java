package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * What the messages say about the shop and how hard the dispatcher tries.
 *
 * @param company the shop's name as the messages give it
 * @param contact how customers reach the service desk, e.g. a hotline and an address
 * @param surveyLink the satisfaction survey's address; {@code {number}} stands for the ticket
 *     number
 * @param consoleLink the agent console's address of a ticket; {@code {number}} as above
 * @param defaultLanguage the language of recipients who name none, and of the fallback
 * @param zone the zone times are written in
 * @param firstRetry the wait after a failed attempt; it doubles after each further one
 * @param longestRetry the longest wait between two attempts
 * @param maxAttempts attempts before a message is given up as FAILED
 * @param pauseWebhookAfter failed deliveries in a row after which a subscriber is paused
 * @param lease how long a claimed message is left to its instance before another may take it
 */
public record NotificationSettings(
    String company,
    String contact,
    String surveyLink,
    String consoleLink,
    String defaultLanguage,
    ZoneId zone,
    Duration firstRetry,
    Duration longestRetry,
    int maxAttempts,
    int pauseWebhookAfter,
    Duration lease) {

  public NotificationSettings {
    if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0) {
      throw new InvalidValueException(
          "notifications.dispatch", "first-retry must be positive and longest-retry no shorter");
    }
    if (maxAttempts < 1 || pauseWebhookAfter < 1) {
      throw new InvalidValueException(
          "notifications.dispatch", "max-attempts and webhooks.pause-after must be at least 1");
    }
    if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new InvalidValueException("notifications.dispatch.lease", "must be at least a second");
    }
  }

  /** The wait before attempt {@code failed + 1}, after {@code failed} failed ones. */
  public Duration backoff(int failed) {
    Duration wait = firstRetry;
    for (int i = 1; i < failed && wait.compareTo(longestRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
  }

  String surveyLinkFor(String number) {
    return surveyLink == null || surveyLink.isBlank()
        ? null
        : surveyLink.replace("{number}", number);
  }

  String consoleLinkFor(String number) {
    return consoleLink == null || consoleLink.isBlank()
        ? null
        : consoleLink.replace("{number}", number);
  }
}
