package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.embeddedmongo.EmbeddedMongoServer;
import com.feedbackdesk.adapters.out.mongo.MongoClientFactory;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's connection to MongoDB: to an external MongoDB when a connection string is given,
 * otherwise to an embedded server started on the data directory. Owns both, so they are closed in
 * the right order: the client first, then the server it talks to.
 */
public final class MongoConnection implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MongoConnection.class);

  private final EmbeddedMongoServer embedded;
  private final String connectionString;
  private final MongoClient client;
  private final MongoDatabase database;

  private MongoConnection(
      EmbeddedMongoServer embedded, String connectionString, String databaseName) {
    this.embedded = embedded;
    this.connectionString = connectionString;
    this.client = MongoClientFactory.create(connectionString);
    this.database = client.getDatabase(databaseName);
  }

  /**
   * @param connectionString an external MongoDB (a replica set in production), or null/blank for
   *     the embedded server
   * @param defaultDatabase the database to use unless the connection string names one
   * @param dataDirectory where the embedded server keeps its file
   * @param forceToDisk whether the embedded server forces each write to the disk
   */
  public static MongoConnection open(
      String connectionString, String defaultDatabase, Path dataDirectory, boolean forceToDisk) {
    if (connectionString != null && !connectionString.isBlank()) {
      ConnectionString parsed = new ConnectionString(connectionString);
      String database = parsed.getDatabase() != null ? parsed.getDatabase() : defaultDatabase;
      log.info("using the external MongoDB at {}, database {}", parsed.getHosts(), database);
      return new MongoConnection(null, connectionString, database);
    }
    EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, forceToDisk);
    try {
      return new MongoConnection(server, server.connectionString(), defaultDatabase);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * The connection string in use; for the embedded server, the one through which other instances of
   * the service on this machine can share it.
   */
  public String connectionString() {
    return connectionString;
  }

  public MongoClient client() {
    return client;
  }

  /** Whether this instance runs the embedded server (rather than reaching one by connection). */
  public boolean embedded() {
    return embedded != null;
  }

  public MongoDatabase database() {
    return database;
  }

  @Override
  public void close() {
    client.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
