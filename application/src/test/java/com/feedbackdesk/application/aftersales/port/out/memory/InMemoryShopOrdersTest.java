package com.feedbackdesk.application.aftersales.port.out.memory;

import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPortContract;

class InMemoryShopOrdersTest extends ShopOrdersPortContract {

  @Override
  protected ShopOrdersPort createPortKnowing(ShopOrder order) {
    InMemoryShopOrders orders = new InMemoryShopOrders();
    orders.save(order);
    return orders;
  }
}
