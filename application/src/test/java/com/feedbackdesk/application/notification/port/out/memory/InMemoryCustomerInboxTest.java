package com.feedbackdesk.application.notification.port.out.memory;

import com.feedbackdesk.application.notification.port.out.CustomerInboxPort;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPortContract;

class InMemoryCustomerInboxTest extends CustomerInboxPortContract {

  @Override
  protected CustomerInboxPort createPort() {
    return new InMemoryCustomerInbox();
  }
}
