package com.feedbackdesk.adapters.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;

/**
 * The MongoDB the adapter tests run against: the embedded server on a temporary directory, or the
 * MongoDB named by the environment variable {@code FEEDBACKDESK_TEST_MONGODB_URI} (or the system
 * property {@code feedbackdesk.test.mongodb.uri}), e.g. a local replica set. Every test gets a
 * database of its own. Shared through this module's test-jar.
 */
public final class TestMongo {

  private static MongoConnection connection;

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
        connection =
            MongoConnection.open(
                externalUri(),
                "feedbackdesk_test",
                Files.createTempDirectory("feedbackdesk-test"),
                false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(connection::close));
    }
    return connection.client();
  }

  /** A new, empty database. */
  public static MongoDatabase freshDatabase() {
    return client()
        .getDatabase("test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
  }
}
