package com.feedbackdesk.application.ticket.port.in;

/**
 * An idempotency key came back with a different submission than the one it first created a ticket
 * for: a client bug that must not silently return someone else's ticket.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException(String key, String existingNumber) {
    super(
        "idempotency key '"
            + key
            + "' was already used for ticket "
            + existingNumber
            + " with a different submission");
  }
}
