package com.feedbackdesk.adapters.out.mongo.notification;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.notification.port.out.OutboxPortContract;

class MongoOutboxTest extends OutboxPortContract {

  @Override
  protected OutboxPort createPort() {
    return new MongoOutbox(TestMongo.freshDatabase());
  }
}
