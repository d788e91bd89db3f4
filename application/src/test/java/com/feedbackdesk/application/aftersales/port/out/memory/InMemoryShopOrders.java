package com.feedbackdesk.application.aftersales.port.out.memory;

import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The shop's orders in memory, for the tests of the services. */
public final class InMemoryShopOrders implements ShopOrdersPort {

  private final Map<String, ShopOrder> orders = new ConcurrentHashMap<>();

  @Override
  public Optional<ShopOrder> find(String orderNumber) {
    return Optional.ofNullable(orders.get(orderNumber));
  }

  @Override
  public void save(ShopOrder order) {
    orders.put(order.orderNumber(), order);
  }

  @Override
  public boolean writable() {
    return true;
  }
}
