package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.port.out.TicketViewPortContract;

class MongoTicketViewsTest extends TicketViewPortContract {

  @Override
  protected TicketViewPort createPort() {
    return new MongoTicketViews(TestMongo.freshDatabase());
  }
}
