package com.feedbackdesk.application.notification.port.in;

/** The customer's inbox holds no message of that id. */
public class InboxMessageNotFoundException extends RuntimeException {

  public InboxMessageNotFoundException(String customerId, String messageId) {
    super("customer " + customerId + " has no message " + messageId);
  }
}
