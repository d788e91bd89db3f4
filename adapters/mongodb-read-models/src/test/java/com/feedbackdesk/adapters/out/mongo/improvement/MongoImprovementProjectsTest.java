package com.feedbackdesk.adapters.out.mongo.improvement;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPortContract;

class MongoImprovementProjectsTest extends ImprovementProjectPortContract {

  @Override
  protected ImprovementProjectPort createPort() {
    return new MongoImprovementProjects(TestMongo.freshDatabase());
  }
}
