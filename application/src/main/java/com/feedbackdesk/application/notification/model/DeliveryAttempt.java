package com.feedbackdesk.application.notification.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One try to deliver a message, kept on the message so every attempt can be read back.
 *
 * @param number counted from 1
 * @param status the HTTP status a webhook subscriber answered with; null for other channels or when
 *     no answer came
 * @param detail what the channel said: the SMTP server's acceptance, the HTTP status, the error
 */
public record DeliveryAttempt(
    int number, Instant at, boolean delivered, Integer status, String detail, Duration took) {

  public static final int MAX_DETAIL = 500;

  public DeliveryAttempt {
    if (detail != null && detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL);
    }
  }
}
