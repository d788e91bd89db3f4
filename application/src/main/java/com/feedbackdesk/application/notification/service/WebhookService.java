package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.in.WebhookNotFoundException;
import com.feedbackdesk.application.notification.port.in.WebhookRegistration;
import com.feedbackdesk.application.notification.port.in.WebhooksUseCase;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.notification.port.out.WebhookSubscriptionPort;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.TicketEventTypes;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Registers webhook subscribers and shows how their deliveries went; admins only. */
public final class WebhookService implements WebhooksUseCase {

  public static final int MAX_DELIVERIES = 200;

  /** The event type names a subscriber may ask for: every ticket event's. */
  public static final Set<String> EVENT_TYPES = TicketEventTypes.NAMES;

  private final WebhookSubscriptionPort subscriptions;
  private final OutboxPort outbox;
  private final Clock clock;

  public WebhookService(WebhookSubscriptionPort subscriptions, OutboxPort outbox, Clock clock) {
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public WebhookSubscription register(Caller caller, WebhookRegistration registration) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_WEBHOOKS);
    registration.check(EVENT_TYPES);
    WebhookSubscription subscription =
        new WebhookSubscription(
            UUID.randomUUID().toString(),
            registration.url(),
            registration.eventTypes(),
            registration.secret(),
            registration.description(),
            registration.includePersonalData(),
            clock.instant(),
            caller.subject(),
            0,
            null,
            null,
            false);
    subscriptions.save(subscription);
    return subscription;
  }

  @Override
  public List<WebhookSubscription> list(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_WEBHOOKS);
    return subscriptions.all();
  }

  @Override
  public WebhookSubscription find(Caller caller, String id) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_WEBHOOKS);
    return existing(id);
  }

  @Override
  public List<OutboundMessage> deliveries(Caller caller, String id, int limit) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_WEBHOOKS);
    if (limit < 1 || limit > MAX_DELIVERIES) {
      throw new InvalidValueException(
          "limit", "limit must be between 1 and " + MAX_DELIVERIES + ", was " + limit);
    }
    return outbox.forSubscription(existing(id).id(), limit);
  }

  @Override
  public WebhookSubscription resume(Caller caller, String id) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_WEBHOOKS);
    WebhookSubscription resumed = existing(id).resumed();
    subscriptions.save(resumed);
    outbox.release(id, clock.instant());
    return resumed;
  }

  @Override
  public void delete(Caller caller, String id) {
    PermissionMatrix.require(caller, TicketOperation.MANAGE_WEBHOOKS);
    subscriptions.save(existing(id).removed());
    outbox.hold(id, "the subscription was deleted");
  }

  private WebhookSubscription existing(String id) {
    return subscriptions
        .find(id)
        .filter(subscription -> !subscription.deleted())
        .orElseThrow(() -> new WebhookNotFoundException(id));
  }
}
