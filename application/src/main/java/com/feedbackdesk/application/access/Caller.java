package com.feedbackdesk.application.access;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Department;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as their verified token says: the subject, their roles, and what the roles are
 * about (a member of staff's id and department, a customer's id). Every use case takes the caller;
 * the actor recorded on a command is derived from it, never taken from a header or a body.
 *
 * @param subject the token's subject, unique within its issuer
 * @param roles at least one
 * @param staffId the member of staff's id, required for staff roles
 * @param department the staff member's department; required for handlers
 * @param customerId the shop's customer id, required for the customer role
 */
public record Caller(
    String subject, Set<Role> roles, String staffId, Department department, String customerId) {

  public Caller {
    if (subject == null || subject.isBlank()) {
      throw new InvalidValueException("token.sub", "the token names no subject");
    }
    if (roles == null || roles.isEmpty()) {
      throw new InvalidValueException("token.roles", "the token grants no role of this service");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    if (roles.contains(Role.CUSTOMER) && (customerId == null || customerId.isBlank())) {
      throw new InvalidValueException("token.customerId", "a customer's token names no customer");
    }
    boolean staff = roles.stream().anyMatch(role -> role != Role.CUSTOMER);
    if (staff && (staffId == null || staffId.isBlank())) {
      throw new InvalidValueException("token.staffId", "a staff token names no staff id");
    }
    if (roles.contains(Role.HANDLER) && department == null) {
      throw new InvalidValueException("token.department", "a handler's token names no department");
    }
    // the ids become actors' ids on events: the same rules apply (a list claim, say, does not)
    if (staffId != null) {
      Actor.agent(staffId);
    }
    if (customerId != null) {
      Actor.customer(customerId);
    }
  }

  public static Caller customer(String customerId) {
    return new Caller("customer:" + customerId, Set.of(Role.CUSTOMER), null, null, customerId);
  }

  public static Caller staff(String staffId, Department department, Role... roles) {
    return new Caller("staff:" + staffId, EnumSet.copyOf(Set.of(roles)), staffId, department, null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the caller is only a customer, with no staff role besides. */
  public boolean isOnlyCustomer() {
    return roles.equals(Set.of(Role.CUSTOMER));
  }

  /** Who the caller's commands are recorded as: the member of staff, or else the customer. */
  public Actor actor() {
    return isOnlyCustomer() ? Actor.customer(customerId) : Actor.agent(staffId);
  }

  /**
   * Who the caller acts as when the operation is granted with this reach: as the customer on their
   * own tickets (a member of staff who is also a customer, acting on what only their customer role
   * allows), as themselves otherwise.
   */
  public Actor actorIn(PermissionMatrix.Scope scope) {
    return scope == PermissionMatrix.Scope.OWN ? Actor.customer(customerId) : actor();
  }
}
