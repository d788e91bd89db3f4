package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketEscalated;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketLifecycle;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketReopened;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import java.time.Instant;
import java.util.List;

/**
 * What a work queue shows of a ticket, and what it filters and sorts by. Built by folding the
 * ticket's events in order; {@code version} is the sequence number of the last event folded in.
 *
 * @param dueAt the resolution deadline while the ticket is open, null once it is resolved
 */
public record TicketSummary(
    TicketId id,
    TicketNumber number,
    TicketStatus status,
    Channel channel,
    Classification classification,
    Customer customer,
    String orderNumber,
    String region,
    Department department,
    String assignee,
    List<Department> supportingDepartments,
    EscalationLevel escalationLevel,
    int reopenCount,
    Instant occurredAt,
    Instant submittedAt,
    Instant dueAt,
    Instant updatedAt,
    long version) {

  public TicketSummary {
    supportingDepartments = List.copyOf(supportingDepartments);
  }

  /**
   * Folds the ticket's next event into its summary.
   *
   * @param current the summary so far, or null before the ticket's first event
   * @throws TicketEventOutOfOrderException when the event is not the ticket's next one
   */
  public static TicketSummary fold(
      TicketSummary current, TicketEvent event, long sequence, ResolutionTargets targets) {
    TicketEventOutOfOrderException.requireNext(
        event.ticketId(), current == null ? -1 : current.version(), sequence);
    if (current != null) {
      return current.apply(event, sequence, targets);
    }
    if (event instanceof TicketSubmitted submitted) {
      return of(submitted, sequence, targets);
    }
    throw new TicketEventOutOfOrderException(event.ticketId(), 0, sequence);
  }

  /** The summary of a ticket that has just been submitted. */
  static TicketSummary of(TicketSubmitted event, long sequence, ResolutionTargets targets) {
    return new TicketSummary(
        event.ticketId(),
        event.number(),
        TicketStatus.SUBMITTED,
        event.channel(),
        event.classification(),
        event.customer(),
        event.orderNumber(),
        event.region(),
        null,
        null,
        List.of(),
        EscalationLevel.HANDLER,
        0,
        event.occurredAt(),
        event.at(),
        targets.dueAt(event.at(), event.classification().priority()),
        event.at(),
        sequence);
  }

  /** This summary after the event, which must be the ticket's next one. */
  TicketSummary apply(TicketEvent event, long sequence, ResolutionTargets targets) {
    Classification newClassification = classification;
    Department newDepartment = department;
    String newAssignee = assignee;
    List<Department> newSupporting = supportingDepartments;
    EscalationLevel newLevel = escalationLevel;
    int newReopenCount = reopenCount;
    if (event instanceof TicketClassified classified) {
      newClassification = classified.classification();
    } else if (event instanceof TicketAssigned assigned) {
      newDepartment = assigned.department();
      newAssignee = assigned.assignee();
      newSupporting = assigned.supportingDepartments();
    } else if (event instanceof TicketAccepted accepted) {
      newAssignee = accepted.assignee();
    } else if (event instanceof TicketEscalated escalated) {
      newLevel = escalated.to();
    } else if (event instanceof TicketReopened reopened) {
      newReopenCount = reopened.reopenCount();
    }
    TicketStatus newStatus = TicketLifecycle.statusAfter(status, event);
    boolean open = newStatus != TicketStatus.RESOLVED && newStatus != TicketStatus.CLOSED;
    return new TicketSummary(
        id,
        number,
        newStatus,
        channel,
        newClassification,
        customer,
        orderNumber,
        region,
        newDepartment,
        newAssignee,
        newSupporting,
        newLevel,
        newReopenCount,
        occurredAt,
        submittedAt,
        open ? targets.dueAt(submittedAt, newClassification.priority()) : null,
        event.at(),
        sequence);
  }
}
