package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.aftersales.MongoShopOrders;
import com.feedbackdesk.adapters.out.orders.HttpShopOrders;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.application.aftersales.service.ShopOrderService;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shop's orders: its order system over HTTP when {@code feedbackdesk.orders.base-url} names
 * one, else the embedded order directory (collection {@code shop_orders}) that admins load, so that
 * after-sales handling runs on a fresh clone.
 */
@Configuration(proxyBeanMethods = false)
class OrdersConfiguration {

  private static final Logger log = LoggerFactory.getLogger(OrdersConfiguration.class);

  @Bean
  ShopOrdersPort shopOrders(FeedbackDeskProperties properties, MongoDatabase database) {
    FeedbackDeskProperties.Orders orders = properties.orders();
    if (orders.baseUrl() == null) {
      log.info("orders: the embedded order directory (load orders with PUT /api/v1/shop-orders)");
      return new MongoShopOrders(database);
    }
    log.info("orders: the shop's order system at {}", orders.baseUrl());
    return new HttpShopOrders(orders.baseUrl(), orders.token(), orders.timeout());
  }

  @Bean
  ShopOrderService shopOrderService(ShopOrdersPort orders) {
    return new ShopOrderService(orders);
  }
}
