package com.feedbackdesk.application.notification.port.in;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A subscriber to register: where to POST, which event types, the shared secret that signs each
 * delivery, and whether customers' personal data may be sent.
 *
 * @param eventTypes the event types wanted (see docs/events.md), or {@code *} for all
 */
public record WebhookRegistration(
    URI url,
    Set<String> eventTypes,
    String secret,
    String description,
    boolean includePersonalData) {

  public static final int MIN_SECRET_LENGTH = 24;
  public static final int MAX_SECRET_LENGTH = 256;

  /**
   * @param known the event type names there are
   * @throws InvalidValueException for a URL that is not http(s), an unknown type, or a short secret
   */
  public void check(Set<String> known) {
    if (url == null
        || url.getScheme() == null
        || !Set.of("http", "https").contains(url.getScheme().toLowerCase(Locale.ROOT))
        || url.getHost() == null
        || url.getUserInfo() != null) {
      throw new InvalidValueException(
          "url", "must be an absolute http or https URL without credentials, was " + url);
    }
    if (eventTypes == null || eventTypes.isEmpty()) {
      throw new InvalidValueException("eventTypes", "name at least one event type, or *");
    }
    for (String type : eventTypes) {
      if (type == null || (!type.equals("*") && !known.contains(type))) {
        throw new InvalidValueException(
            "eventTypes", "unknown event type '" + type + "'; the types are " + known);
      }
    }
    if (secret == null
        || secret.length() < MIN_SECRET_LENGTH
        || secret.length() > MAX_SECRET_LENGTH) {
      throw new InvalidValueException(
          "secret",
          "the signing secret must be "
              + MIN_SECRET_LENGTH
              + " to "
              + MAX_SECRET_LENGTH
              + " characters long");
    }
    if (description != null && description.length() > 200) {
      throw new InvalidValueException("description", "at most 200 characters");
    }
  }
}
