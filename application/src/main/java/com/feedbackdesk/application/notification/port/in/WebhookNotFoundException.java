package com.feedbackdesk.application.notification.port.in;

/** No webhook subscription has that id (or it was deleted). */
public class WebhookNotFoundException extends RuntimeException {

  public WebhookNotFoundException(String id) {
    super("no webhook subscription " + id);
  }
}
