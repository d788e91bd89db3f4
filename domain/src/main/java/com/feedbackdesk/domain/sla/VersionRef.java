package com.feedbackdesk.domain.sla;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * One version of a named, versioned definition (an SLA policy or a business calendar), e.g. {@code
 * after-sales@3}. Versions are never changed once created, so a reference names exactly the rules a
 * clock was measured by.
 *
 * @param id the definition's name: lower-case letters, digits and dashes
 * @param version 1 for the first version, counting up
 */
public record VersionRef(String id, int version) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

  public VersionRef {
    requireId("id", id);
    if (version < 1) {
      throw new InvalidValueException("version", "versions count from 1, was " + version);
    }
  }

  /**
   * Checks a definition's name.
   *
   * @throws InvalidValueException when it is not 1 to 48 lower-case letters, digits and dashes
   */
  public static String requireId(String field, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValueException(
          field,
          "a name is 1 to 48 lower-case letters, digits and dashes, starting with a letter or"
              + " digit, was '"
              + id
              + "'");
    }
    return id;
  }

  /**
   * Reads the {@code name@version} form, e.g. {@code after-sales@2}.
   *
   * @throws InvalidValueException when the text is not of that form
   */
  public static VersionRef parse(String text) {
    int at = text == null ? -1 : text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      throw new InvalidValueException(
          "version", "a version is written name@number, e.g. after-sales@2, was '" + text + "'");
    }
    try {
      return new VersionRef(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          "version", "a version is written name@number, e.g. after-sales@2, was '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
