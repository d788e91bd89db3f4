package com.feedbackdesk.application.aftersales.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.aftersales.model.OrderLine;
import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.domain.ticket.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ShopOrdersPort} must do when it is given the shop's orders (the embedded
 * directory by saving them, the HTTP adapter by a stub of the shop's system); extended by each
 * implementation's test.
 */
public abstract class ShopOrdersPortContract {

  /** An order with every field set: a headset received, and a custom mug still on its way. */
  public static final ShopOrder ORDER =
      new ShopOrder(
          "SO-2026-000123",
          "C10086",
          Instant.parse("2026-11-02T03:00:00Z"),
          List.of(
              new OrderLine(
                  "1",
                  "BT-A1-BLK",
                  "蓝牙耳机 A1",
                  "ELECTRONICS",
                  1,
                  new Money(new BigDecimal("299.00"), "CNY"),
                  Instant.parse("2026-11-04T06:00:00Z"),
                  Instant.parse("2026-11-04T09:30:00Z")),
              new OrderLine(
                  "2",
                  "MUG-CUSTOM",
                  "定制马克杯",
                  "CUSTOMISED",
                  2,
                  new Money(new BigDecimal("45.50"), "CNY"),
                  null,
                  null)));

  protected ShopOrdersPort orders;

  /** A port that knows exactly {@link #ORDER}. */
  protected abstract ShopOrdersPort createPortKnowing(ShopOrder order);

  @BeforeEach
  void createPort() {
    orders = createPortKnowing(ORDER);
  }

  @Test
  void anOrderIsReadBackExactly() {
    assertThat(orders.find("SO-2026-000123")).contains(ORDER);
  }

  @Test
  void anUnknownOrderIsEmpty() {
    assertThat(orders.find("SO-2026-999999")).isEmpty();
    assertThat(orders.find("../etc/passwd")).isEmpty();
    assertThat(orders.find("SO 2026/中文 ?#")).isEmpty();
  }
}
