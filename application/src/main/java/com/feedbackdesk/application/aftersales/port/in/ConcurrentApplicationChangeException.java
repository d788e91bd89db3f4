package com.feedbackdesk.application.aftersales.port.in;

/** Someone changed the application at the same moment; reading it again and retrying is safe. */
public class ConcurrentApplicationChangeException extends RuntimeException {

  public ConcurrentApplicationChangeException(String application, Throwable cause) {
    super("application " + application + " was changed concurrently", cause);
  }
}
