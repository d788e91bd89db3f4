package com.feedbackdesk.application.aftersales.port.in;

/** Orders are loaded only into the embedded directory, not into the shop's own system. */
public class OrdersReadOnlyException extends RuntimeException {

  public OrdersReadOnlyException() {
    super(
        "the orders come from the shop's order system (feedbackdesk.orders.base-url) and are read"
            + " only here");
  }
}
