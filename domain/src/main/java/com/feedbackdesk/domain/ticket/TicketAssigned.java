package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The ticket was assigned (or reassigned) to a lead department, optionally a person, and supporting
 * departments; {@code defaultRoute} tells whether the department came from the category's default
 * route.
 */
@Revision("1")
public record TicketAssigned(
    TicketId ticketId,
    Department department,
    String assignee,
    List<Department> supportingDepartments,
    boolean defaultRoute,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
