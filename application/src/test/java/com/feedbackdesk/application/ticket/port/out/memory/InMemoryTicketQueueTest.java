package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePortContract;

class InMemoryTicketQueueTest extends TicketQueuePortContract {

  @Override
  protected TicketQueuePort createPort() {
    return new InMemoryTicketQueue();
  }
}
