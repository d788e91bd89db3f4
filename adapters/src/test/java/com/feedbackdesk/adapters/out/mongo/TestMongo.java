package com.feedbackdesk.adapters.out.mongo;

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
  private static MongoConnection connection;
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
    if (connection == null) {
      try {
        dataDirectory = Files.createTempDirectory("feedbackdesk-test");
        connection = MongoConnection.open(externalUri(), "feedbackdesk_test", dataDirectory, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestMongo::dropCreatedDatabasesAndClose));
    }
    return connection.client();
  }

  /** The connection string of the MongoDB the tests run against, for clients of their own. */
  public static String connectionString() {
    client();
    return connection.connectionString();
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
        connection.client().getDatabase(name).drop();
      }
    }
    connection.close();
    try {
      FileSystemUtils.deleteRecursively(dataDirectory);
    } catch (IOException e) {
      // a temporary directory left behind is no failure of the tests
    }
  }
}
