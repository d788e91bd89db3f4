package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.Set;

/** A ticket was to be assigned to a department the organisation does not have. */
public class UnknownDepartmentException extends InvalidValueException {

  public UnknownDepartmentException(Department department, Set<Department> known) {
    super("department", "there is no department " + department + "; known departments: " + known);
  }
}
