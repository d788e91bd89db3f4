package com.feedbackdesk.application.aftersales.port.in;

/** The shop knows no order with the number. */
public class OrderNotFoundException extends RuntimeException {

  public OrderNotFoundException(String orderNumber) {
    super("the shop knows no order " + orderNumber);
  }
}
