package com.feedbackdesk.application.notification.model;

/**
 * A channel did not accept a message: the server refused it, did not answer in time, or could not
 * be reached.
 */
public class DeliveryFailedException extends Exception {

  private final Integer status;

  /**
   * @param status the HTTP status a webhook subscriber answered with; null when none
   */
  public DeliveryFailedException(Integer status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public DeliveryFailedException(String message, Throwable cause) {
    this(null, message, cause);
  }

  public Integer status() {
    return status;
  }
}
