package com.feedbackdesk.application.aftersales.port.out;

import com.feedbackdesk.application.aftersales.model.ShopOrder;
import java.util.Optional;

/**
 * The shop's orders: the shop's own order system over HTTP, or, on the embedded default, orders an
 * admin loads ({@link #save}).
 */
public interface ShopOrdersPort {

  /**
   * The order with the number, or empty when the shop knows none.
   *
   * @throws com.feedbackdesk.application.shared.StorageUnavailableException when the order system
   *     cannot answer
   */
  Optional<ShopOrder> find(String orderNumber);

  /**
   * Stores the order, replacing one with the same number.
   *
   * @throws UnsupportedOperationException when the orders are the shop's system's, read only
   */
  void save(ShopOrder order);

  /** Whether {@link #save} works: the embedded directory, not the shop's system. */
  boolean writable();
}
