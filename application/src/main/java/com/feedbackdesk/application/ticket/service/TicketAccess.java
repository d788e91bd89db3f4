package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.view.ResolutionDetails;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.SlaClocks;
import java.util.Objects;

/**
 * Whether a caller reaches a ticket, and what of it they see. A customer reaches their own tickets
 * only, and another customer's ticket is, to them, a ticket that does not exist; a handler reaches
 * their department's tickets (lead or supporting) and those assigned to them. Customers never see
 * staff-only fields; callers who may only analyse see customers pseudonymized.
 */
final class TicketAccess {

  private TicketAccess() {}

  /**
   * @throws TicketNotFoundException to a customer, for a ticket that is not theirs
   * @throws OperationNotPermittedException to a handler, for another department's ticket
   */
  static void requireReach(
      Caller caller,
      TicketOperation operation,
      PermissionMatrix.Scope scope,
      TicketSummary ticket,
      TicketReference reference) {
    switch (scope) {
      case ALL -> {}
      case OWN -> {
        if (!Objects.equals(ticket.customer().id(), caller.customerId())) {
          throw new TicketNotFoundException(reference);
        }
      }
      case DEPARTMENT -> {
        boolean ours =
            caller.department().equals(ticket.department())
                || ticket.supportingDepartments().contains(caller.department())
                || caller.staffId().equals(ticket.assignee());
        if (!ours) {
          throw new OperationNotPermittedException(
              operation,
              "ticket "
                  + ticket.number()
                  + " is not assigned to "
                  + caller.department().code()
                  + " or to "
                  + caller.staffId());
        }
      }
    }
  }

  /**
   * Whether the caller sees customers only pseudonymized: an analyst without a role that works with
   * every ticket's customers (agent, supervisor, director, admin). An analyst who is also a handler
   * or a customer is pseudonymized too: their analyst role reaches tickets their other role does
   * not.
   */
  static boolean seesOnlyPseudonyms(Caller caller) {
    return caller.has(Role.ANALYST)
        && !caller.has(Role.AGENT)
        && !caller.has(Role.SUPERVISOR)
        && !caller.has(Role.DIRECTOR)
        && !caller.has(Role.ADMIN);
  }

  /** The view as the caller may see it. */
  static TicketView visibleTo(Caller caller, TicketView view, Pseudonyms pseudonyms) {
    if (caller.isOnlyCustomer()) {
      ResolutionDetails resolution = view.resolution();
      return new TicketView(
          forCustomer(view.summary()),
          view.description(),
          null,
          null,
          view.acceptedAt(),
          resolution == null
              ? null
              : new ResolutionDetails(
                  resolution.type(),
                  resolution.summary(),
                  resolution.amount(),
                  null,
                  resolution.responsibility(),
                  resolution.improvements(),
                  resolution.closesUnconfirmedAt(),
                  resolution.resolvedBy(),
                  resolution.resolvedAt()),
          view.confirmation(),
          view.handlingSummary(),
          view.closedAt(),
          SlaClocks.none(), // the clocks are internal work, like the plan
          view.closureReason(),
          null, // so is the return visit's note
          view.attachments());
    }
    if (seesOnlyPseudonyms(caller)) {
      return new TicketView(
          pseudonymized(view.summary(), pseudonyms),
          view.description(),
          view.suggestion(),
          view.plan(),
          view.acceptedAt(),
          view.resolution(),
          view.confirmation(),
          view.handlingSummary(),
          view.closedAt(),
          view.clocks(),
          view.closureReason(),
          view.returnVisit(),
          view.attachments());
    }
    return view;
  }

  /** The summary as the caller may see it in a list. */
  static TicketSummary visibleTo(Caller caller, TicketSummary summary, Pseudonyms pseudonyms) {
    if (caller.isOnlyCustomer()) {
      return forCustomer(summary);
    }
    return seesOnlyPseudonyms(caller) ? pseudonymized(summary, pseudonyms) : summary;
  }

  private static TicketSummary forCustomer(TicketSummary summary) {
    return summary.withoutStaffing();
  }

  private static TicketSummary pseudonymized(TicketSummary summary, Pseudonyms pseudonyms) {
    return summary.withCustomer(pseudonyms.of(summary.customer()));
  }
}
