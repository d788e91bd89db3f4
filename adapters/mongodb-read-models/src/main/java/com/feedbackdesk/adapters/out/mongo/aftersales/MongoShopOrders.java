package com.feedbackdesk.adapters.out.mongo.aftersales;

import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.date;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.instant;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.application.aftersales.model.OrderLine;
import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.domain.ticket.Money;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * The embedded order directory in {@code shop_orders}: the orders an admin loads, for the embedded
 * default, which has no shop order system to ask.
 */
public final class MongoShopOrders implements ShopOrdersPort {

  public static final String COLLECTION = "shop_orders";

  private final MongoCollection<Document> orders;

  public MongoShopOrders(MongoDatabase database) {
    this.orders = MongoCollections.ensure(database, COLLECTION);
  }

  @Override
  public Optional<ShopOrder> find(String orderNumber) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(orders.find(Filters.eq("_id", orderNumber)).first())
                .map(MongoShopOrders::order));
  }

  @Override
  public void save(ShopOrder order) {
    MongoFailures.translated(
        () ->
            orders.replaceOne(
                Filters.eq("_id", order.orderNumber()),
                document(order),
                new ReplaceOptions().upsert(true)));
  }

  @Override
  public boolean writable() {
    return true;
  }

  private static Document document(ShopOrder order) {
    return new Document("_id", order.orderNumber())
        .append("customerId", order.customerId())
        .append("placedAt", date(order.placedAt()))
        .append(
            "lines",
            order.lines().stream()
                .map(
                    line ->
                        new Document("lineId", line.lineId())
                            .append("sku", line.sku())
                            .append("product", line.product())
                            .append("productCategory", line.productCategory())
                            .append("quantity", line.quantity())
                            .append("price", new Decimal128(line.unitPrice().amount()))
                            .append("currency", line.unitPrice().currency())
                            .append("deliveredAt", date(line.deliveredAt()))
                            .append("receivedAt", date(line.receivedAt())))
                .toList());
  }

  private static ShopOrder order(Document document) {
    return new ShopOrder(
        document.getString("_id"),
        document.getString("customerId"),
        instant(document.getDate("placedAt")),
        document.getList("lines", Document.class).stream()
            .map(
                line ->
                    new OrderLine(
                        line.getString("lineId"),
                        line.getString("sku"),
                        line.getString("product"),
                        line.getString("productCategory"),
                        line.getInteger("quantity"),
                        new Money(
                            line.get("price", Decimal128.class).bigDecimalValue(),
                            line.getString("currency")),
                        instant(line.getDate("deliveredAt")),
                        instant(line.getDate("receivedAt"))))
            .toList());
  }
}
