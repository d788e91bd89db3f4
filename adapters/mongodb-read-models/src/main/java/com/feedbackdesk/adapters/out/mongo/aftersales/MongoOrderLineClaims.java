package com.feedbackdesk.adapters.out.mongo.aftersales;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.application.aftersales.model.OrderLineClaim;
import com.feedbackdesk.application.aftersales.port.out.OrderLineClaimsPort;
import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Date;
import org.bson.Document;

/**
 * Order-line claims in {@code order_line_claims}: one document per line held, its id the order
 * number and line id, so the unique key on {@code _id} lets one application hold a line.
 */
public final class MongoOrderLineClaims implements OrderLineClaimsPort {

  public static final String COLLECTION = "order_line_claims";

  private final MongoCollection<Document> claims;

  public MongoOrderLineClaims(MongoDatabase database) {
    this.claims = MongoCollections.ensure(database, COLLECTION);
  }

  private static String key(String orderNumber, String lineId) {
    // an order number never holds a control character, so this separates the two
    return orderNumber + "\u0001" + lineId;
  }

  @Override
  public OrderLineClaim claim(String orderNumber, String lineId, OrderLineClaim applicant) {
    return MongoFailures.translated(
        () -> {
          String key = key(orderNumber, lineId);
          while (true) {
            try {
              claims.insertOne(document(key, applicant));
              return applicant;
            } catch (MongoWriteException e) {
              if (!MongoCollections.isDuplicateKey(e)) {
                throw e;
              }
            }
            Document held = claims.find(Filters.eq("_id", key)).first();
            if (held != null) {
              return claim(held);
            }
            // released between the insert and the read: try again
          }
        });
  }

  @Override
  public boolean takeOver(
      String orderNumber, String lineId, ApplicationId holder, OrderLineClaim applicant) {
    return MongoFailures.translated(
        () -> {
          String key = key(orderNumber, lineId);
          Document replaced =
              claims.findOneAndReplace(
                  Filters.and(
                      Filters.eq("_id", key), Filters.eq("applicationId", holder.toString())),
                  document(key, applicant));
          return replaced != null;
        });
  }

  @Override
  public void release(String orderNumber, String lineId, ApplicationId holder) {
    MongoFailures.translated(
        () ->
            claims.deleteOne(
                Filters.and(
                    Filters.eq("_id", key(orderNumber, lineId)),
                    Filters.eq("applicationId", holder.toString()))));
  }

  private static Document document(String key, OrderLineClaim claim) {
    return new Document("_id", key)
        .append("applicationId", claim.holder().toString())
        .append("number", claim.number().value())
        .append("claimedAt", Date.from(claim.claimedAt()));
  }

  private static OrderLineClaim claim(Document document) {
    return new OrderLineClaim(
        ApplicationId.parse(document.getString("applicationId")),
        new ApplicationNumber(document.getString("number")),
        document.getDate("claimedAt").toInstant());
  }
}
