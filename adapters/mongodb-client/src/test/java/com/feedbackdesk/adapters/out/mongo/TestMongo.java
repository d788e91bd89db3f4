package com.feedbackdesk.adapters.out.mongo;

import com.feedbackdesk.adapters.embeddedmongo.EmbeddedMongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.util.FileSystemUtils;

/**
 * The MongoDB the adapter tests run against: the embedded server on a temporary directory, or the
 * MongoDB named by the environment variable {@code FEEDBACKDESK_TEST_MONGODB_URI} (or the system
 * property {@code feedbackdesk.test.mongodb.uri}), e.g. a local replica set. Every test gets a
 * database of its own. Shared through this module's test-jar.
 */
public final class TestMongo {

  private static final Queue<String> CREATED = new ConcurrentLinkedQueue<>();
  private static EmbeddedMongoServer embedded;
  private static MongoClient client;
  private static String connectionString;
  private static Path dataDirectory;

  private TestMongo() {}

  /** The external MongoDB's connection string, or null when the tests use the embedded server. */
  public static String externalUri() {
    String uri = System.getProperty("feedbackdesk.test.mongodb.uri");
    if (uri == null || uri.isBlank()) {
      uri = System.getenv("FEEDBACKDESK_TEST_MONGODB_URI");
    }
    return uri == null || uri.isBlank() ? null : uri;
  }

  public static synchronized MongoClient client() {
    if (client == null) {
      connectionString = externalUri();
      if (connectionString == null) {
        try {
          dataDirectory = Files.createTempDirectory("feedbackdesk-test");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        embedded = EmbeddedMongoServer.start(dataDirectory, false);
        connectionString = embedded.connectionString();
      }
      client = MongoClientFactory.create(connectionString);
      Runtime.getRuntime().addShutdownHook(new Thread(TestMongo::dropCreatedDatabasesAndClose));
    }
    return client;
  }

  /** The connection string of the MongoDB the tests run against, for clients of their own. */
  public static String connectionString() {
    client();
    return connectionString;
  }

  /** A new, empty database; on an external MongoDB it is dropped when the tests end. */
  public static MongoDatabase freshDatabase() {
    MongoDatabase database =
        client()
            .getDatabase("test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    CREATED.add(database.getName());
    return database;
  }

  private static void dropCreatedDatabasesAndClose() {
    if (externalUri() != null) {
      for (String name : CREATED) {
        client.getDatabase(name).drop();
      }
    }
    client.close();
    if (embedded != null) {
      embedded.close();
      try {
        FileSystemUtils.deleteRecursively(dataDirectory);
      } catch (IOException e) {
        // a temporary directory left behind is no failure of the tests
      }
    }
  }
}
