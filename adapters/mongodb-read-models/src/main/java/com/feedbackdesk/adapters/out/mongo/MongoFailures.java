package com.feedbackdesk.adapters.out.mongo;

import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.mongodb.MongoException;
import java.util.function.Supplier;

/**
 * Every port method of these adapters runs through here: a failure of MongoDB that the adapter did
 * not handle itself (the server unreachable, a fail-over, an error of the server's own) leaves as
 * the application's {@link StorageUnavailableException}, never as the driver's exception.
 */
public final class MongoFailures {

  private MongoFailures() {}

  public static <T> T translated(Supplier<T> call) {
    try {
      return call.get();
    } catch (MongoException e) {
      throw new StorageUnavailableException("MongoDB could not answer: " + e.getMessage(), e);
    }
  }

  public static void translated(Runnable call) {
    translated(
        () -> {
          call.run();
          return null;
        });
  }
}
