package com.feedbackdesk.application.aftersales.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.aftersales.model.ShopOrder;

/** The shop's orders, as after-sales handling reads them. */
public interface ShopOrdersUseCase {

  /**
   * The order.
   *
   * @throws OrderNotFoundException when the shop knows no order with the number
   */
  ShopOrder order(Caller caller, String orderNumber);

  /**
   * Loads an order into the embedded directory.
   *
   * @throws OrdersReadOnlyException when the orders come from the shop's order system
   */
  ShopOrder load(Caller caller, ShopOrder order);
}
