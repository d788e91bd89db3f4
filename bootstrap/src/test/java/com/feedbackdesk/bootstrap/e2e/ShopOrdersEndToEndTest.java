package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded order directory over HTTP: an admin loads an order, staff read it. */
class ShopOrdersEndToEndTest extends EndToEndTest {

  private static Map<String, Object> order() {
    return Map.of(
        "customerId",
        "C10086",
        "placedAt",
        "2026-11-02T03:00:00Z",
        "lines",
        List.of(
            Map.of(
                "lineId", "1",
                "sku", "BT-A1-BLK",
                "product", "蓝牙耳机 A1",
                "productCategory", "ELECTRONICS",
                "quantity", 1,
                "unitPrice", new java.math.BigDecimal("299.00"),
                "currency", "CNY",
                "deliveredAt", "2026-11-04T06:00:00Z",
                "receivedAt", "2026-11-04T09:30:00Z")));
  }

  private static Api.Response put(Api who, String number, Object body) {
    return who.put("/api/v1/shop-orders/" + number, body);
  }

  @Test
  void anAdminLoadsAnOrderThatStaffReadAndOthersAreRefused() {
    Api admin = anonymous.as("ops", null, "admin");
    Api agent = anonymous.as("zhang.wei", null, "agent");

    Api.Response loaded = put(admin, "SO-2026-000777", order());
    Api.Response read = agent.get("/api/v1/shop-orders/SO-2026-000777");

    assertThat(loaded.status()).as(loaded.raw().body()).isEqualTo(200);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(loaded.body());
    assertThat(read.text("orderNumber")).isEqualTo("SO-2026-000777");
    assertThat(read.body().path("lines").get(0).path("product").asString()).isEqualTo("蓝牙耳机 A1");
    assertThat(read.body().path("lines").get(0).path("unitPrice").decimalValue())
        .isEqualByComparingTo("299.00");

    Api.Response unknown = agent.get("/api/v1/shop-orders/SO-2026-000778");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("type")).isEqualTo("/problems/order-not-found");
    assertThat(customer.get("/api/v1/shop-orders/SO-2026-000777").status()).isEqualTo(403);
    assertThat(put(agent, "SO-2026-000777", order()).status()).isEqualTo(403);
    assertThat(put(admin, "SO-2026-000777", Map.of("customerId", "C1")).status()).isEqualTo(400);
    Map<String, Object> other = new java.util.HashMap<>(order());
    other.put("orderNumber", "SO-OTHER");
    Api.Response mismatch = put(admin, "SO-2026-000777", other);
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.text("detail")).contains("differs from the path's");
  }
}
