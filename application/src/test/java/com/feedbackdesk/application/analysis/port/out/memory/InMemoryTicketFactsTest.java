package com.feedbackdesk.application.analysis.port.out.memory;

import com.feedbackdesk.application.analysis.port.out.TicketFactsPort;
import com.feedbackdesk.application.analysis.port.out.TicketFactsPortContract;

class InMemoryTicketFactsTest extends TicketFactsPortContract {

  @Override
  protected TicketFactsPort createPort() {
    return new InMemoryTicketFacts();
  }
}
