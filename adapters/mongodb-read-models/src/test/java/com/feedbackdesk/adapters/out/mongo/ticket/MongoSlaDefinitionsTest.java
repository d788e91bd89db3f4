package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.sla.port.out.SlaDefinitionPort;
import com.feedbackdesk.application.sla.port.out.SlaDefinitionPortContract;

class MongoSlaDefinitionsTest extends SlaDefinitionPortContract {

  @Override
  protected SlaDefinitionPort createPort() {
    return new MongoSlaDefinitions(TestMongo.freshDatabase());
  }
}
