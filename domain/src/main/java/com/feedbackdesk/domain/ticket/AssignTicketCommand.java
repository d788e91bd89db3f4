package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Assign (or reassign) the ticket to a lead department, optionally a person, and any supporting
 * departments for cross-department cases. Without a department, the category's default route
 * decides.
 */
public record AssignTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    Department department,
    String assignee,
    Set<Department> supportingDepartments,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public AssignTicketCommand {
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    assignee = Values.optionalText("assignee", Values.blankToNull(assignee), TextLimits.PERSON);
    supportingDepartments =
        supportingDepartments == null
            ? Set.of()
            : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(supportingDepartments));
    if (department != null && supportingDepartments.contains(department)) {
      throw new InvalidValueException(
          "supportingDepartments",
          department + " leads the case, so it cannot also be a supporting department");
    }
  }
}
