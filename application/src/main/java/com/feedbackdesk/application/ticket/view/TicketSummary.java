package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationReviewed;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.CustomerReplied;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.InformationRequested;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.ReturnVisitRecorded;
import com.feedbackdesk.domain.ticket.SlaBreached;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaClockPaused;
import com.feedbackdesk.domain.ticket.SlaClockResumed;
import com.feedbackdesk.domain.ticket.SlaClockRetargeted;
import com.feedbackdesk.domain.ticket.SlaClockStarted;
import com.feedbackdesk.domain.ticket.SlaClockStopped;
import com.feedbackdesk.domain.ticket.SlaPolicyApplied;
import com.feedbackdesk.domain.ticket.SlaReminderRaised;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketClosureAnnounced;
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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a work queue shows of a ticket, and what it filters and sorts by. Built by folding the
 * ticket's events in order; {@code version} is the sequence number of the last event folded in.
 *
 * @param dueTimes the due time of each SLA clock counting now; the queue is ordered by the earliest
 */
public record TicketSummary(
    TicketId id,
    TicketNumber number,
    TicketStatus status,
    Channel channel,
    Classification classification,
    Customer customer,
    String orderNumber,
    String product,
    String region,
    Department department,
    String assignee,
    List<Department> supportingDepartments,
    EscalationLevel escalationLevel,
    int reopenCount,
    Instant occurredAt,
    Instant submittedAt,
    Map<SlaClockKind, Instant> dueTimes,
    Instant updatedAt,
    long version) {

  public TicketSummary {
    supportingDepartments = List.copyOf(supportingDepartments);
    dueTimes = Collections.unmodifiableMap(copy(dueTimes));
  }

  private static Map<SlaClockKind, Instant> copy(Map<SlaClockKind, Instant> dueTimes) {
    Map<SlaClockKind, Instant> copy = new EnumMap<>(SlaClockKind.class);
    if (dueTimes != null) {
      copy.putAll(dueTimes);
    }
    return copy;
  }

  /** The earliest due time of the clocks counting now, or null when none is (resolved, paused). */
  public Instant dueAt() {
    return dueTimes.values().stream().min(Instant::compareTo).orElse(null);
  }

  /**
   * Folds the ticket's next event into its summary.
   *
   * @param current the summary so far, or null before the ticket's first event
   * @throws TicketEventOutOfOrderException when the event is not the ticket's next one
   */
  public static TicketSummary fold(TicketSummary current, TicketEvent event, long sequence) {
    TicketEventOutOfOrderException.requireNext(
        event.ticketId(), current == null ? -1 : current.version(), sequence);
    if (current != null) {
      return current.apply(event, sequence);
    }
    if (event instanceof TicketSubmitted submitted) {
      return of(submitted, sequence);
    }
    throw new TicketEventOutOfOrderException(event.ticketId(), 0, sequence);
  }

  /** The summary of a ticket that has just been submitted. */
  static TicketSummary of(TicketSubmitted event, long sequence) {
    return new TicketSummary(
        event.ticketId(),
        event.number(),
        TicketStatus.SUBMITTED,
        event.channel(),
        event.classification(),
        event.customer(),
        event.orderNumber(),
        event.product(),
        event.region(),
        null,
        null,
        List.of(),
        EscalationLevel.HANDLER,
        0,
        event.occurredAt(),
        event.at(),
        Map.of(),
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
        product,
        region,
        department,
        assignee,
        supportingDepartments,
        escalationLevel,
        reopenCount,
        occurredAt,
        submittedAt,
        dueTimes,
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
        product,
        region,
        department,
        null,
        List.of(),
        escalationLevel,
        reopenCount,
        occurredAt,
        submittedAt,
        dueTimes,
        updatedAt,
        version);
  }

  /** This summary after the event, which must be the ticket's next one. */
  TicketSummary apply(TicketEvent event, long sequence) {
    TicketSummary changed = event.accept(new Changes(this));
    TicketStatus newStatus = TicketLifecycle.statusAfter(status, event);
    return new TicketSummary(
        id,
        number,
        newStatus,
        channel,
        changed.classification,
        customer,
        orderNumber,
        product,
        region,
        changed.department,
        changed.assignee,
        changed.supportingDepartments,
        changed.escalationLevel,
        changed.reopenCount,
        occurredAt,
        submittedAt,
        changed.dueTimes,
        event.at(),
        sequence);
  }

  /**
   * The summary with the fields an event changes of its own changed; status, update time and
   * version, which every event moves, are {@link #apply}'s.
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

    @Override
    public TicketSummary on(TicketClosureAnnounced event) {
      return before;
    }

    @Override
    public TicketSummary on(ReturnVisitRecorded event) {
      return before;
    }

    @Override
    public TicketSummary on(ClassificationReviewed event) {
      return before;
    }

    @Override
    public TicketSummary on(SlaPolicyApplied event) {
      return before;
    }

    @Override
    public TicketSummary on(SlaClockStarted event) {
      return due(event.clock(), event.dueAt());
    }

    @Override
    public TicketSummary on(SlaClockPaused event) {
      return due(event.clock(), null);
    }

    @Override
    public TicketSummary on(SlaClockResumed event) {
      return due(event.clock(), event.dueAt());
    }

    @Override
    public TicketSummary on(SlaClockRetargeted event) {
      return due(event.clock(), event.dueAt());
    }

    @Override
    public TicketSummary on(SlaClockStopped event) {
      return due(event.clock(), null);
    }

    @Override
    public TicketSummary on(SlaReminderRaised event) {
      return before;
    }

    @Override
    public TicketSummary on(SlaBreached event) {
      return before; // still counting, and overdue: it stays first in the queue
    }

    /** The summary with one clock's due time set, or removed when it no longer counts. */
    private TicketSummary due(SlaClockKind clock, Instant dueAt) {
      Map<SlaClockKind, Instant> dueTimes = copy(before.dueTimes);
      if (dueAt == null) {
        dueTimes.remove(clock);
      } else {
        dueTimes.put(clock, dueAt);
      }
      return new TicketSummary(
          before.id,
          before.number,
          before.status,
          before.channel,
          before.classification,
          before.customer,
          before.orderNumber,
          before.product,
          before.region,
          before.department,
          before.assignee,
          before.supportingDepartments,
          before.escalationLevel,
          before.reopenCount,
          before.occurredAt,
          before.submittedAt,
          dueTimes,
          before.updatedAt,
          before.version);
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
          before.product,
          before.region,
          department,
          assignee,
          supportingDepartments,
          escalationLevel,
          reopenCount,
          before.occurredAt,
          before.submittedAt,
          before.dueTimes,
          before.updatedAt,
          before.version);
    }
  }
}
