package com.feedbackdesk.application.notification.model;

/**
 * What a channel answered when it accepted a message.
 *
 * @param status the HTTP status for webhooks; null for other channels
 */
public record DeliveryReceipt(Integer status, String detail) {

  public static DeliveryReceipt of(String detail) {
    return new DeliveryReceipt(null, detail);
  }
}
