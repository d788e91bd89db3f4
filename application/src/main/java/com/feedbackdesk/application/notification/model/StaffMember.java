package com.feedbackdesk.application.notification.model;

import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.domain.ticket.Department;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff as the notifications know them: how to reach them, in which language, and the
 * roles and department that decide which messages concern them.
 *
 * @param department null for a supervisor or director over every department
 */
public record StaffMember(
    String id,
    String name,
    String email,
    String phone,
    String language,
    Set<Role> roles,
    Department department) {

  public StaffMember {
    Objects.requireNonNull(id, "id");
    roles = Set.copyOf(roles == null ? Set.of() : roles);
  }

  /** Whether they supervise the department (every department when theirs is not named). */
  public boolean supervises(Department of) {
    return roles.contains(Role.SUPERVISOR)
        && (department == null || of == null || department.equals(of));
  }
}
