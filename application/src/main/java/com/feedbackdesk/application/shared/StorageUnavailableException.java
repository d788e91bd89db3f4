package com.feedbackdesk.application.shared;

/**
 * The store could not answer (it is unreachable, failing over, or failed for a reason of its own),
 * so the operation did not happen or its answer could not be read. Nothing about the request was
 * wrong: the same request may succeed when tried again a little later. Outbound adapters translate
 * their store's failures into this; the API answers it with 503 and {@code Retry-After}.
 */
public class StorageUnavailableException extends RuntimeException {

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
