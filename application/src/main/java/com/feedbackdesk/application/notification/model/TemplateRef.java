package com.feedbackdesk.application.notification.model;

/**
 * The template version that produced a message: its name, version and language, and a digest of the
 * text used, so that a file edited without raising its version still shows as different.
 */
public record TemplateRef(String name, int version, String language, String digest) {

  @Override
  public String toString() {
    return name + "@" + version + "/" + language;
  }
}
