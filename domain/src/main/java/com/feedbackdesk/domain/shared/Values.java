package com.feedbackdesk.domain.shared;

/** Small checks shared by the value objects' compact constructors. */
public final class Values {

  private Values() {}

  /** Fails when the value is missing. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, field + " is required");
    }
    return value;
  }

  /** Fails when the text is missing, blank or longer than {@code maxLength} characters. */
  public static String requiredText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, field + " must not be blank");
    }
    return optionalText(field, value, maxLength);
  }

  /** Fails when the text is longer than {@code maxLength} characters; null stays null. */
  public static String optionalText(String field, String value, int maxLength) {
    if (value != null && value.codePointCount(0, value.length()) > maxLength) {
      throw new InvalidValueException(
          field, field + " must be at most " + maxLength + " characters long");
    }
    return value;
  }

  /** Null for blank text, the text otherwise: optional fields treat "" as absent. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
