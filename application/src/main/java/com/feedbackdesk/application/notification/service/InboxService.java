package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.InboxPage;
import com.feedbackdesk.application.notification.port.in.CustomerInboxUseCase;
import com.feedbackdesk.application.notification.port.in.InboxMessageNotFoundException;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPort;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.Clock;

/** Customers read their own inbox; staff may read anyone's; only its owner marks a message read. */
public final class InboxService implements CustomerInboxUseCase {

  public static final int MAX_PAGE_SIZE = 100;

  private final CustomerInboxPort inbox;
  private final Clock clock;

  public InboxService(CustomerInboxPort inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  @Override
  public InboxPage messages(
      Caller caller, String customerId, boolean unreadOnly, int page, int size) {
    requireOwn(caller, TicketOperation.READ_CUSTOMER_INBOX, customerId);
    if (page < 0) {
      throw new InvalidValueException("page", "page numbers start at 0, was " + page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidValueException(
          "size", "size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
    }
    return inbox.list(customerId, unreadOnly, page, size);
  }

  @Override
  public InboxMessage markRead(Caller caller, String customerId, String messageId) {
    requireOwn(caller, TicketOperation.MARK_INBOX_READ, customerId);
    return inbox
        .markRead(customerId, messageId, clock.instant())
        .orElseThrow(() -> new InboxMessageNotFoundException(customerId, messageId));
  }

  private static void requireOwn(Caller caller, TicketOperation operation, String customerId) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, operation);
    if (scope == PermissionMatrix.Scope.OWN && !customerId.equals(caller.customerId())) {
      throw new OperationNotPermittedException(
          operation, "customers read and mark their own inbox only");
    }
  }
}
