package com.feedbackdesk.application.notification.model;

/**
 * What a message is delivered through. Each is an outbound port ({@code NotificationChannelPort})
 * with an adapter of its own; one with no adapter configured is simply not offered, and a new
 * provider (an SMS gateway, a push service) is a new adapter, never a change here.
 */
public enum DeliveryChannel {
  /** The customer's inbox in the shop's app, kept by the service. */
  IN_APP,
  EMAIL,
  SMS,
  /** A push notification to a member of staff's phone. */
  PUSH,
  /** An HTTP POST to a subscriber registered through the API. */
  WEBHOOK
}
