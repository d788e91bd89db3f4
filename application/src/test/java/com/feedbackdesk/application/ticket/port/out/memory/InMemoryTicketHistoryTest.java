package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketHistoryPort;
import com.feedbackdesk.application.ticket.port.out.TicketHistoryPortContract;

class InMemoryTicketHistoryTest extends TicketHistoryPortContract {

  @Override
  protected TicketHistoryPort createPort() {
    return new InMemoryTicketHistory();
  }
}
