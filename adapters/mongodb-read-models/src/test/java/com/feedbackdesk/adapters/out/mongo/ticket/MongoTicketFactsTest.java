package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.analysis.port.out.TicketFactsPort;
import com.feedbackdesk.application.analysis.port.out.TicketFactsPortContract;

class MongoTicketFactsTest extends TicketFactsPortContract {

  @Override
  protected TicketFactsPort createPort() {
    return new MongoTicketFacts(TestMongo.freshDatabase());
  }
}
