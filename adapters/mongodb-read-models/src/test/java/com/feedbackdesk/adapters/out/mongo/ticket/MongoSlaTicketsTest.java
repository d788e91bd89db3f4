package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.port.out.SlaTicketPortContract;

class MongoSlaTicketsTest extends SlaTicketPortContract {

  @Override
  protected SlaTicketPort createPort() {
    return new MongoSlaTickets(TestMongo.freshDatabase());
  }
}
