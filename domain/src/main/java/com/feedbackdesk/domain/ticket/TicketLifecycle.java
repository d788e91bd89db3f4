package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketAction.ACCEPT;
import static com.feedbackdesk.domain.ticket.TicketAction.ADD_INTERNAL_NOTE;
import static com.feedbackdesk.domain.ticket.TicketAction.ASSIGN;
import static com.feedbackdesk.domain.ticket.TicketAction.CLASSIFY;
import static com.feedbackdesk.domain.ticket.TicketAction.ESCALATE;
import static com.feedbackdesk.domain.ticket.TicketAction.RECORD_CUSTOMER_CONFIRMATION;
import static com.feedbackdesk.domain.ticket.TicketAction.RECORD_CUSTOMER_REPLY;
import static com.feedbackdesk.domain.ticket.TicketAction.RECORD_RETURN_VISIT;
import static com.feedbackdesk.domain.ticket.TicketAction.REOPEN;
import static com.feedbackdesk.domain.ticket.TicketAction.REPLY_TO_CUSTOMER;
import static com.feedbackdesk.domain.ticket.TicketAction.REQUEST_INFORMATION;
import static com.feedbackdesk.domain.ticket.TicketAction.RESOLVE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The ticket's state machine in one place: which actions each status allows, why the others are
 * refused, and which status each event leads to. The aggregate enforces it; the read models use
 * {@link #statusAfter} so they can never disagree with the aggregate about a ticket's status.
 *
 * <pre>
 * SUBMITTED ──assign──▶ ASSIGNED ──accept──▶ IN_PROGRESS ◀──customer reply── AWAITING_CUSTOMER
 *                          ▲                    │   └────request information────▲
 *                          └──────reassign──────┤
 *                                               └──resolve──▶ RESOLVED ──satisfied──▶ CLOSED
 *                 IN_PROGRESS ◀──reopen (or unsatisfied: reopen + escalate)── RESOLVED, CLOSED
 * </pre>
 */
public final class TicketLifecycle {

  private static final Map<TicketStatus, Set<TicketAction>> ALLOWED =
      new EnumMap<>(TicketStatus.class);

  static {
    Set<TicketAction> always =
        EnumSet.of(CLASSIFY, REPLY_TO_CUSTOMER, ADD_INTERNAL_NOTE, RECORD_CUSTOMER_REPLY);
    ALLOWED.put(TicketStatus.SUBMITTED, with(always, ASSIGN, ESCALATE));
    ALLOWED.put(TicketStatus.ASSIGNED, with(always, ASSIGN, ACCEPT, ESCALATE));
    ALLOWED.put(
        TicketStatus.IN_PROGRESS, with(always, ASSIGN, REQUEST_INFORMATION, RESOLVE, ESCALATE));
    ALLOWED.put(TicketStatus.AWAITING_CUSTOMER, with(always, ASSIGN, RESOLVE, ESCALATE));
    ALLOWED.put(
        TicketStatus.RESOLVED,
        with(always, RECORD_CUSTOMER_CONFIRMATION, REOPEN, RECORD_RETURN_VISIT));
    ALLOWED.put(TicketStatus.CLOSED, EnumSet.of(REOPEN, RECORD_RETURN_VISIT));
  }

  private TicketLifecycle() {}

  private static Set<TicketAction> with(Set<TicketAction> base, TicketAction... more) {
    Set<TicketAction> actions = EnumSet.copyOf(base);
    actions.addAll(Set.of(more));
    return actions;
  }

  public static boolean allows(TicketStatus status, TicketAction action) {
    return ALLOWED.get(status).contains(action);
  }

  /**
   * @throws TicketRuleViolationException naming the rule that refuses the action in this status
   */
  public static void requireAllowed(TicketId ticket, TicketStatus status, TicketAction action) {
    if (!allows(status, action)) {
      throw refusal(ticket, status, action);
    }
  }

  private static TicketRuleViolationException refusal(
      TicketId ticket, TicketStatus status, TicketAction action) {
    if (status == TicketStatus.CLOSED) {
      return new TicketAlreadyClosedException(ticket, action);
    }
    if (action == RECORD_CUSTOMER_CONFIRMATION
        || action == REOPEN
        || action == RECORD_RETURN_VISIT) {
      return new TicketNotResolvedException(ticket, status, action);
    }
    if (status == TicketStatus.RESOLVED) {
      return new TicketAlreadyResolvedException(ticket, action);
    }
    if (action == ACCEPT) {
      return status == TicketStatus.SUBMITTED
          ? new TicketNotAssignedException(ticket, action)
          : new TicketAlreadyAcceptedException(ticket, status);
    }
    if (action == REQUEST_INFORMATION && status == TicketStatus.AWAITING_CUSTOMER) {
      return new TicketAlreadyAwaitingCustomerException(ticket);
    }
    // what remains: requesting information or resolving before anyone accepted the ticket
    return new TicketNotAcceptedException(ticket, status, action);
  }

  /** The status a ticket is in after the event, given the status it was in before. */
  public static TicketStatus statusAfter(TicketStatus before, TicketEvent event) {
    return event.accept(new StatusAfter(before));
  }

  private record StatusAfter(TicketStatus before) implements TicketEventVisitor<TicketStatus> {

    @Override
    public TicketStatus on(TicketSubmitted event) {
      return TicketStatus.SUBMITTED;
    }

    @Override
    public TicketStatus on(ClassificationSuggested event) {
      return before;
    }

    @Override
    public TicketStatus on(TicketClassified event) {
      return before;
    }

    @Override
    public TicketStatus on(TicketAssigned event) {
      return TicketStatus.ASSIGNED;
    }

    @Override
    public TicketStatus on(TicketAccepted event) {
      return TicketStatus.IN_PROGRESS;
    }

    @Override
    public TicketStatus on(ReplyPosted event) {
      return before;
    }

    @Override
    public TicketStatus on(InternalNoteAdded event) {
      return before;
    }

    @Override
    public TicketStatus on(InformationRequested event) {
      return TicketStatus.AWAITING_CUSTOMER;
    }

    @Override
    public TicketStatus on(CustomerReplied event) {
      return before == TicketStatus.AWAITING_CUSTOMER ? TicketStatus.IN_PROGRESS : before;
    }

    @Override
    public TicketStatus on(TicketResolved event) {
      return TicketStatus.RESOLVED;
    }

    @Override
    public TicketStatus on(CustomerConfirmationRecorded event) {
      // a satisfied customer's confirmation is followed by TicketClosed, an unsatisfied one's by
      // TicketReopened: those move the status
      return before;
    }

    @Override
    public TicketStatus on(TicketClosed event) {
      return TicketStatus.CLOSED;
    }

    @Override
    public TicketStatus on(TicketReopened event) {
      return TicketStatus.IN_PROGRESS;
    }

    @Override
    public TicketStatus on(TicketEscalated event) {
      return before;
    }

    @Override
    public TicketStatus on(TicketClosureAnnounced event) {
      return before;
    }

    @Override
    public TicketStatus on(ReturnVisitRecorded event) {
      // a customer no longer satisfied is followed by TicketReopened, which moves the status
      return before;
    }

    @Override
    public TicketStatus on(ClassificationReviewed event) {
      return before; // a verdict on the record, not a step of the handling
    }

    @Override
    public TicketStatus on(SlaPolicyApplied event) {
      return before; // clocks measure the lifecycle; they do not move it
    }

    @Override
    public TicketStatus on(SlaClockStarted event) {
      return before; // clocks measure the lifecycle; they do not move it
    }

    @Override
    public TicketStatus on(SlaClockPaused event) {
      return before; // clocks measure the lifecycle; they do not move it
    }

    @Override
    public TicketStatus on(SlaClockResumed event) {
      return before; // clocks measure the lifecycle; they do not move it
    }

    @Override
    public TicketStatus on(SlaClockRetargeted event) {
      return before; // clocks measure the lifecycle; they do not move it
    }

    @Override
    public TicketStatus on(SlaClockStopped event) {
      return before; // clocks measure the lifecycle; they do not move it
    }

    @Override
    public TicketStatus on(SlaReminderRaised event) {
      return before; // clocks measure the lifecycle; they do not move it
    }

    @Override
    public TicketStatus on(SlaBreached event) {
      return before; // clocks measure the lifecycle; they do not move it
    }
  }
}
