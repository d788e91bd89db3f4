package com.feedbackdesk.adapters.out.eventstore;

import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;

/**
 * Where the event processors keep their positions and claims: the {@code trackingtokens}
 * collection, through the axon-mongo extension's token store. Its queries name a processor and a
 * segment, a handful of documents in all, so they are cheap on any MongoDB.
 */
public final class TrackingTokens {

  private TrackingTokens() {}

  /**
   * A token store for one running instance of the service. Tokens claimed by an instance that stops
   * answering are taken over by another after 10 s.
   *
   * <p>The instance is named by its process and a random suffix. Axon's default, the process alone
   * ({@code pid@host}), lets two instances in one JVM each take the other's claims as their own,
   * and then both process the same events.
   */
  public static TokenStore store(MongoDatabase database, Serializer serializer) {
    return MongoTokenStore.builder()
        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
        .serializer(serializer)
        .claimTimeout(Duration.ofSeconds(10))
        .nodeId(
            ManagementFactory.getRuntimeMXBean().getName()
                + "/"
                + UUID.randomUUID().toString().substring(0, 8))
        .build();
  }
}
