package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePortContract;

class MongoTicketQueueTest extends TicketQueuePortContract {

  @Override
  protected TicketQueuePort createPort() {
    return new MongoTicketQueue(TestMongo.freshDatabase());
  }
}
