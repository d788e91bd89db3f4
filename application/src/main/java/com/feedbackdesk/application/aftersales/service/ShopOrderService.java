package com.feedbackdesk.application.aftersales.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.in.OrderNotFoundException;
import com.feedbackdesk.application.aftersales.port.in.OrdersReadOnlyException;
import com.feedbackdesk.application.aftersales.port.in.ShopOrdersUseCase;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;

/** Reads the shop's orders for staff, and loads them into the embedded directory for admins. */
public final class ShopOrderService implements ShopOrdersUseCase {

  private final ShopOrdersPort orders;

  public ShopOrderService(ShopOrdersPort orders) {
    this.orders = orders;
  }

  @Override
  public ShopOrder order(Caller caller, String orderNumber) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_SHOP_ORDERS);
    return orders.find(orderNumber).orElseThrow(() -> new OrderNotFoundException(orderNumber));
  }

  @Override
  public ShopOrder load(Caller caller, ShopOrder order) {
    PermissionMatrix.require(caller, TicketOperation.LOAD_SHOP_ORDERS);
    if (!orders.writable()) {
      throw new OrdersReadOnlyException();
    }
    orders.save(order);
    return order;
  }
}
