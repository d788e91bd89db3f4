package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A department that handles tickets, by its code (e.g. {@code TECHNICAL}, {@code
 * WAREHOUSE_LOGISTICS}). Which departments exist is configuration: see {@link DepartmentRouting}.
 */
public record Department(String code) implements Comparable<Department> {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  public Department {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          "department",
          "a department code is 2 to 40 upper-case letters, digits or underscores, was '"
              + code
              + "'");
    }
  }

  @Override
  public int compareTo(Department other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
