package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryReceipt;
import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPort;
import com.feedbackdesk.application.notification.port.out.NotificationChannelPort;

/**
 * The in-app inbox as a channel: delivering puts the message in the customer's inbox under the
 * message's id, so a repeated delivery keeps one copy. This one channel is exactly once.
 */
public final class InboxChannel implements NotificationChannelPort {

  private final CustomerInboxPort inbox;

  public InboxChannel(CustomerInboxPort inbox) {
    this.inbox = inbox;
  }

  @Override
  public DeliveryChannel channel() {
    return DeliveryChannel.IN_APP;
  }

  @Override
  public DeliveryReceipt deliver(OutboundMessage message) {
    inbox.deliver(
        new InboxMessage(
            message.id(),
            message.recipient().address(),
            message.ticketId(),
            message.ticketNumber(),
            message.purpose(),
            message.subject(),
            message.text(),
            message.html(),
            message.createdAt(),
            null));
    return DeliveryReceipt.of("in the inbox of customer " + message.recipient().address());
  }
}
