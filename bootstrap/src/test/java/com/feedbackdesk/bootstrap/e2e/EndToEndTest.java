package com.feedbackdesk.bootstrap.e2e;

import com.feedbackdesk.bootstrap.FeedbackDeskApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The whole service on a random port with the embedded MongoDB server on a fresh data directory,
 * driven over real HTTP. Subclasses share one running service (Spring caches the context), so they
 * must not assume an empty store.
 */
@SpringBootTest(
    classes = FeedbackDeskApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EndToEndTest {

  private static final Path DATA_DIR = freshDirectory();

  @LocalServerPort private int port;

  /**
   * Staff member li.na, a supervisor and director of warehouse &amp; logistics: may do everything
   * with every ticket, and accepts and writes as li.na.
   */
  protected Api api;

  /** Customer C10086, who submits {@link Api#submission}s. */
  protected Api customer;

  /** Handler li.na of warehouse &amp; logistics, where damaged parcels are routed. */
  protected Api handler;

  /** No token at all. */
  protected Api anonymous;

  @DynamicPropertySource
  static void storage(DynamicPropertyRegistry registry) {
    registry.add("feedbackdesk.embedded.data-dir", DATA_DIR::toString);
    registry.add("feedbackdesk.mongodb.uri", () -> "");
    // the tests submit hundreds of tickets as a few callers; the limit itself is tested apart
    registry.add("feedbackdesk.security.submissions.capacity", () -> "100000");
  }

  /**
   * A new data directory, deleted when the JVM exits (the shared context stays open until then; on
   * Linux a file still open can be deleted).
   */
  private static Path freshDirectory() {
    try {
      Path directory = Files.createTempDirectory("feedbackdesk-e2e");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(directory)));
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteQuietly(Path directory) {
    try {
      FileSystemUtils.deleteRecursively(directory);
    } catch (IOException e) {
      // a temporary directory left behind is no failure of the test
    }
  }

  @BeforeEach
  void connect() {
    anonymous = new Api(port);
    api = anonymous.as("li.na", "WAREHOUSE_LOGISTICS", "supervisor", "director");
    customer = anonymous.as("C10086", null, "customer");
    handler = anonymous.as("li.na", "WAREHOUSE_LOGISTICS", "handler");
  }

  /** Submits the description and returns the new ticket's number. */
  protected String submit(String description) {
    Api.Response response = api.post("/api/v1/tickets", Api.submission(description));
    if (response.status() != 201) {
      throw new AssertionError("submission failed: " + response.status() + " " + response.body());
    }
    return response.text("number");
  }

  protected static String path(String number, String action) {
    return "/api/v1/tickets/" + number + (action.isEmpty() ? "" : "/" + action);
  }
}
