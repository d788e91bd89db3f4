package com.feedbackdesk.application.notification.port.out;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryFailedException;
import com.feedbackdesk.application.notification.model.DeliveryReceipt;
import com.feedbackdesk.application.notification.model.OutboundMessage;

/**
 * A way out of the service: e-mail, the in-app inbox, webhooks, and whatever SMS or push provider
 * is added as an adapter. The dispatcher finds the channels by {@link #channel()}; a message for a
 * channel no adapter offers is never recorded as deliverable.
 */
public interface NotificationChannelPort {

  DeliveryChannel channel();

  /**
   * Hands the message to the channel; returns once the channel accepted it.
   *
   * @return what the channel answered, kept with the attempt (an SMTP reply, an HTTP status line)
   * @throws DeliveryFailedException when it did not accept it; the dispatcher retries
   */
  DeliveryReceipt deliver(OutboundMessage message) throws DeliveryFailedException;
}
