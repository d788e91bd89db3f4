package com.feedbackdesk.application.notification.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import java.util.List;

/** Webhook subscribers and their deliveries, for admins. */
public interface WebhooksUseCase {

  WebhookSubscription register(Caller caller, WebhookRegistration registration);

  List<WebhookSubscription> list(Caller caller);

  /**
   * @throws WebhookNotFoundException for an unknown or deleted subscription
   */
  WebhookSubscription find(Caller caller, String id);

  /** The subscription's deliveries, newest first, with every attempt. */
  List<OutboundMessage> deliveries(Caller caller, String id, int limit);

  /** Resumes a paused subscriber: its held deliveries are due again at once. */
  WebhookSubscription resume(Caller caller, String id);

  /** Deletes the subscription; deliveries not yet made are held, readable, never delivered. */
  void delete(Caller caller, String id);
}
