package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPortContract;

class MongoTicketNumbersTest extends TicketNumberPortContract {

  @Override
  protected TicketNumberPort createPort() {
    return new MongoTicketNumbers(TestMongo.freshDatabase());
  }
}
