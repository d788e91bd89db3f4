package com.feedbackdesk.adapters.out.mongo.aftersales;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPortContract;

class MongoShopOrdersTest extends ShopOrdersPortContract {

  @Override
  protected ShopOrdersPort createPortKnowing(ShopOrder order) {
    MongoShopOrders orders = new MongoShopOrders(TestMongo.freshDatabase());
    orders.save(order);
    return orders;
  }
}
