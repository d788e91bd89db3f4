package com.feedbackdesk.adapters.out.mongo.notification;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.WebhookSubscriptionPort;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Webhook subscriptions in the {@code webhook_subscriptions} collection. The signing secret is kept
 * as given (the service needs it to sign); the collection is as confidential as the database.
 */
public final class MongoWebhookSubscriptions implements WebhookSubscriptionPort {

  public static final String COLLECTION = "webhook_subscriptions";

  private final MongoCollection<Document> subscriptions;

  public MongoWebhookSubscriptions(MongoDatabase database) {
    this.subscriptions = MongoCollections.ensure(database, COLLECTION);
  }

  @Override
  public void save(WebhookSubscription s) {
    MongoFailures.translated(
        () -> {
          Document d =
              new Document("_id", s.id())
                  .append("url", s.url().toString())
                  .append("eventTypes", List.copyOf(s.eventTypes()))
                  .append("secret", s.secret())
                  .append("description", s.description())
                  .append("includePersonalData", s.includePersonalData())
                  .append("createdAt", Date.from(s.createdAt()))
                  .append("createdBy", s.createdBy())
                  .append("consecutiveFailures", s.consecutiveFailures())
                  .append("pausedAt", s.pausedAt() == null ? null : Date.from(s.pausedAt()))
                  .append("pauseReason", s.pauseReason())
                  .append("deleted", s.deleted());
          subscriptions.replaceOne(Filters.eq("_id", s.id()), d, new ReplaceOptions().upsert(true));
        });
  }

  @Override
  public Optional<WebhookSubscription> find(String id) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(subscriptions.find(Filters.eq("_id", id)).first())
                .map(MongoWebhookSubscriptions::subscription));
  }

  @Override
  public List<WebhookSubscription> all() {
    return MongoFailures.translated(
        () -> {
          List<WebhookSubscription> found = new ArrayList<>();
          subscriptions
              .find(Filters.ne("deleted", true))
              .sort(Sorts.ascending("createdAt", "_id"))
              .forEach(d -> found.add(subscription(d)));
          return found;
        });
  }

  @Override
  public boolean failed(String id, int pauseAfter, Instant now, String lastError) {
    return MongoFailures.translated(
        () -> {
          Document counted =
              subscriptions.findOneAndUpdate(
                  Filters.eq("_id", id),
                  Updates.inc("consecutiveFailures", 1),
                  new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
          if (counted == null || counted.getInteger("consecutiveFailures", 0) < pauseAfter) {
            return false;
          }
          // only the failure that finds it still active pauses it
          return subscriptions
                  .updateOne(
                      Filters.and(Filters.eq("_id", id), Filters.eq("pausedAt", null)),
                      Updates.combine(
                          Updates.set("pausedAt", Date.from(now)),
                          Updates.set(
                              "pauseReason",
                              counted.getInteger("consecutiveFailures")
                                  + " deliveries failed in a row; the last: "
                                  + lastError)))
                  .getModifiedCount()
              == 1;
        });
  }

  @Override
  public void succeeded(String id) {
    MongoFailures.translated(
        () -> {
          subscriptions.updateOne(
              Filters.and(Filters.eq("_id", id), Filters.gt("consecutiveFailures", 0)),
              Updates.set("consecutiveFailures", 0));
        });
  }

  private static WebhookSubscription subscription(Document d) {
    Date paused = d.getDate("pausedAt");
    return new WebhookSubscription(
        d.getString("_id"),
        URI.create(d.getString("url")),
        new HashSet<>(d.getList("eventTypes", String.class)),
        d.getString("secret"),
        d.getString("description"),
        d.getBoolean("includePersonalData", false),
        d.getDate("createdAt").toInstant(),
        d.getString("createdBy"),
        d.getInteger("consecutiveFailures", 0),
        paused == null ? null : paused.toInstant(),
        d.getString("pauseReason"),
        d.getBoolean("deleted", false));
  }
}
