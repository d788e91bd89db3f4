package com.feedbackdesk.adapters.out.mongo.notification;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPort;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPortContract;

class MongoCustomerInboxTest extends CustomerInboxPortContract {

  @Override
  protected CustomerInboxPort createPort() {
    return new MongoCustomerInbox(TestMongo.freshDatabase());
  }
}
