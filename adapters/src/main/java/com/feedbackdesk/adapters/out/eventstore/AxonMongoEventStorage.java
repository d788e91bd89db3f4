package com.feedbackdesk.adapters.out.eventstore;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;

/**
 * Events and tracking tokens in MongoDB through the axon-mongo extension: events in {@code
 * domainevents}, snapshots in {@code snapshotevents}, tokens in {@code trackingtokens}.
 */
public final class AxonMongoEventStorage {

  private final MongoTemplate template;

  public AxonMongoEventStorage(MongoClient client, String database) {
    this.template = DefaultMongoTemplate.builder().mongoDatabase(client, database).build();
  }

  public EventStorageEngine storageEngine(Serializer serializer) {
    return MongoEventStorageEngine.builder()
        .mongoTemplate(template)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .build();
  }

  /** Tokens claimed by an instance that stops answering are taken over by another after 10 s. */
  public TokenStore tokenStore(Serializer serializer) {
    return MongoTokenStore.builder()
        .mongoTemplate(template)
        .serializer(serializer)
        .claimTimeout(Duration.ofSeconds(10))
        .build();
  }
}
