package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The ticket was assigned (or reassigned) to a lead department, optionally a person, and supporting
 * departments; {@code defaultRoute} tells whether the department came from the category's default
 * route.
 *
 * <p>Revision 2 added {@code routingVersion}: for a default route, the version of the routing that
 * chose the department (a digest of it); null when a person chose it, and in revision 1 events.
 */
@Revision("2")
public record TicketAssigned(
    TicketId ticketId,
    Department department,
    String assignee,
    List<Department> supportingDepartments,
    boolean defaultRoute,
    String routingVersion,
    Actor actor,
    Instant at)
    implements TicketEvent {

  /** An assignment without the routing's version. */
  public TicketAssigned(
      TicketId ticketId,
      Department department,
      String assignee,
      List<Department> supportingDepartments,
      boolean defaultRoute,
      Actor actor,
      Instant at) {
    this(ticketId, department, assignee, supportingDepartments, defaultRoute, null, actor, at);
  }

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
