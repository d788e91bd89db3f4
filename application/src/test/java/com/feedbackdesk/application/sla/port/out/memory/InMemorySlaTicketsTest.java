package com.feedbackdesk.application.sla.port.out.memory;

import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.port.out.SlaTicketPortContract;

class InMemorySlaTicketsTest extends SlaTicketPortContract {

  @Override
  protected SlaTicketPort createPort() {
    return new InMemorySlaTickets();
  }
}
