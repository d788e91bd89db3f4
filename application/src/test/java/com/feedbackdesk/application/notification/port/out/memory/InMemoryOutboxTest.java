package com.feedbackdesk.application.notification.port.out.memory;

import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.notification.port.out.OutboxPortContract;

class InMemoryOutboxTest extends OutboxPortContract {

  @Override
  protected OutboxPort createPort() {
    return new InMemoryOutbox();
  }
}
