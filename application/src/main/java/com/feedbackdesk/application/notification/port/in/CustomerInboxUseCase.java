package com.feedbackdesk.application.notification.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.InboxPage;

/** A customer's in-app inbox, as the shop's app reads it. */
public interface CustomerInboxUseCase {

  /**
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException to a customer, for
   *     another customer's inbox
   */
  InboxPage messages(Caller caller, String customerId, boolean unreadOnly, int page, int size);

  /**
   * @throws InboxMessageNotFoundException when the customer has no message of that id
   */
  InboxMessage markRead(Caller caller, String customerId, String messageId);
}
