package com.feedbackdesk.application.access;

import com.feedbackdesk.domain.ticket.Customer;

/**
 * The secret key that pseudonymizes customers for analysts. Every instance of the service must use
 * the same key, and keep it, for a customer's pseudonym to stay the same.
 */
public final class Pseudonyms {

  private final byte[] key;

  /**
   * @param key at least 16 bytes
   */
  public Pseudonyms(byte[] key) {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
    }
    this.key = key.clone();
  }

  public Customer of(Customer customer) {
    return customer.pseudonymized(key);
  }
}
