package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.port.out.TicketViewPortContract;

class InMemoryTicketViewsTest extends TicketViewPortContract {

  @Override
  protected TicketViewPort createPort() {
    return new InMemoryTicketViews();
  }
}
