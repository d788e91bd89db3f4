package com.feedbackdesk.adapters.out.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.UuidRepresentation;

/** Creates the one MongoDB client the service uses, with the settings it relies on. */
public final class MongoClientFactory {

  private MongoClientFactory() {}

  /**
   * A client for the connection string. Writes are acknowledged by a majority of a replica set (and
   * so journaled) unless the connection string says otherwise; UUIDs use the standard binary
   * representation, which JobRunr and every other modern tool expect.
   */
  public static MongoClient create(String connectionString) {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applicationName("feedbackdesk")
            .uuidRepresentation(UuidRepresentation.STANDARD)
            .writeConcern(WriteConcern.MAJORITY)
            .applyConnectionString(new ConnectionString(connectionString))
            .build());
  }
}
