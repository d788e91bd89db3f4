package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPortContract;

class InMemoryTicketNumbersTest extends TicketNumberPortContract {

  @Override
  protected TicketNumberPort createPort() {
    return new InMemoryTicketNumbers();
  }
}
