package com.feedbackdesk.application.notification.model;

import java.util.Map;
import java.util.Objects;

/**
 * One language of a versioned template: subject, plain text and HTML, with the words the codes in
 * its variables are shown as (a resolution type, a priority).
 */
public record MessageTemplate(
    String name,
    int version,
    String language,
    String subject,
    String text,
    String html,
    Map<String, String> labels) {

  public MessageTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    labels = Map.copyOf(labels == null ? Map.of() : labels);
  }
}
