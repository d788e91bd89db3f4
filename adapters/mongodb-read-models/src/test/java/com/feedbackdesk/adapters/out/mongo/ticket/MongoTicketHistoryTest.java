package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.ticket.port.out.TicketHistoryPort;
import com.feedbackdesk.application.ticket.port.out.TicketHistoryPortContract;

class MongoTicketHistoryTest extends TicketHistoryPortContract {

  @Override
  protected TicketHistoryPort createPort() {
    return new MongoTicketHistory(TestMongo.freshDatabase());
  }
}
