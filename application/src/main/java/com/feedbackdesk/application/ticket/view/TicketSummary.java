package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.CustomerReplied;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.InformationRequested;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketEscalated;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketEventVisitor;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketLifecycle;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketReopened;
import com.feedbackdesk.domain.ticket.TicketResolved;
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

  /** The same summary for another view of the customer (pseudonymized, say). */
  public TicketSummary withCustomer(Customer shown) {
    return new TicketSummary(
        id,
        number,
        status,
        channel,
        classification,
        shown,
        orderNumber,
        region,
        department,
        assignee,
        supportingDepartments,
        escalationLevel,
        reopenCount,
        occurredAt,
        submittedAt,
        dueAt,
        updatedAt,
        version);
  }

  /** The same summary without who works on it inside: the handler and supporting departments. */
  public TicketSummary withoutStaffing() {
    return new TicketSummary(
        id,
        number,
        status,
        channel,
        classification,
        customer,
        orderNumber,
        region,
        department,
        null,
        List.of(),
        escalationLevel,
        reopenCount,
        occurredAt,
        submittedAt,
        dueAt,
        updatedAt,
        version);
  }

  /** This summary after the event, which must be the ticket's next one. */
  TicketSummary apply(TicketEvent event, long sequence, ResolutionTargets targets) {
    TicketSummary changed = event.accept(new Changes(this));
    TicketStatus newStatus = TicketLifecycle.statusAfter(status, event);
    boolean open = newStatus != TicketStatus.RESOLVED && newStatus != TicketStatus.CLOSED;
    return new TicketSummary(
        id,
        number,
        newStatus,
        channel,
        changed.classification,
        customer,
        orderNumber,
        region,
        changed.department,
        changed.assignee,
        changed.supportingDepartments,
        changed.escalationLevel,
        changed.reopenCount,
        occurredAt,
        submittedAt,
        open ? targets.dueAt(submittedAt, changed.classification.priority()) : null,
        event.at(),
        sequence);
  }

  /**
   * The summary with the fields an event changes of its own changed; status, deadline, update time
   * and version, which every event moves, are {@link #apply}'s.
   */
  private record Changes(TicketSummary before) implements TicketEventVisitor<TicketSummary> {

    @Override
    public TicketSummary on(TicketSubmitted event) {
      return before; // only ever a ticket's first event: see fold
    }

    @Override
    public TicketSummary on(ClassificationSuggested event) {
      return before;
    }

    @Override
    public TicketSummary on(TicketClassified event) {
      return with(
          event.classification(),
          before.department,
          before.assignee,
          before.supportingDepartments,
          before.escalationLevel,
          before.reopenCount);
    }

    @Override
    public TicketSummary on(TicketAssigned event) {
      return with(
          before.classification,
          event.department(),
          event.assignee(),
          event.supportingDepartments(),
          before.escalationLevel,
          before.reopenCount);
    }

    @Override
    public TicketSummary on(TicketAccepted event) {
      return with(
          before.classification,
          before.department,
          event.assignee(),
          before.supportingDepartments,
          before.escalationLevel,
          before.reopenCount);
    }

    @Override
    public TicketSummary on(ReplyPosted event) {
      return before;
    }

    @Override
    public TicketSummary on(InternalNoteAdded event) {
      return before;
    }

    @Override
    public TicketSummary on(InformationRequested event) {
      return before;
    }

    @Override
    public TicketSummary on(CustomerReplied event) {
      return before;
    }

    @Override
    public TicketSummary on(TicketResolved event) {
      return before;
    }

    @Override
    public TicketSummary on(CustomerConfirmationRecorded event) {
      return before;
    }

    @Override
    public TicketSummary on(TicketClosed event) {
      return before;
    }

    @Override
    public TicketSummary on(TicketReopened event) {
      return with(
          before.classification,
          before.department,
          before.assignee,
          before.supportingDepartments,
          before.escalationLevel,
          event.reopenCount());
    }

    @Override
    public TicketSummary on(TicketEscalated event) {
      return with(
          before.classification,
          before.department,
          before.assignee,
          before.supportingDepartments,
          event.to(),
          before.reopenCount);
    }

    private TicketSummary with(
        Classification classification,
        Department department,
        String assignee,
        List<Department> supportingDepartments,
        EscalationLevel escalationLevel,
        int reopenCount) {
      return new TicketSummary(
          before.id,
          before.number,
          before.status,
          before.channel,
          classification,
          before.customer,
          before.orderNumber,
          before.region,
          department,
          assignee,
          supportingDepartments,
          escalationLevel,
          reopenCount,
          before.occurredAt,
          before.submittedAt,
          before.dueAt,
          before.updatedAt,
          before.version);
    }
  }
}
