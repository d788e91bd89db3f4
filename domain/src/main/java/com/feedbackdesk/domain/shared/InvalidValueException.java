package com.feedbackdesk.domain.shared;

/**
 * A value handed to the domain breaks one of its rules (a malformed ticket number, a negative
 * amount, a customer nobody can reach). The field names which input was wrong, so the edge can
 * answer with a 400 that points at it.
 */
public class InvalidValueException extends IllegalArgumentException {

  private final String field;

  public InvalidValueException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
