package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.ticket.port.in.ListTicketsUseCase;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.ViewTicketUseCase;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/** Answers questions about tickets from the read models, as far as the caller may know. */
public final class TicketQueryService implements ViewTicketUseCase, ListTicketsUseCase {

  private final CurrentTicketReader tickets;
  private final TicketQueuePort queue;
  private final Pseudonyms pseudonyms;

  public TicketQueryService(
      CurrentTicketReader tickets, TicketQueuePort queue, Pseudonyms pseudonyms) {
    this.tickets = tickets;
    this.queue = queue;
    this.pseudonyms = pseudonyms;
  }

  @Override
  public TicketView view(Caller caller, TicketReference reference) {
    return TicketAccess.visibleTo(
        caller, reachable(caller, TicketOperation.VIEW, reference), pseudonyms);
  }

  @Override
  public List<TicketHistoryEntry> history(Caller caller, TicketReference reference) {
    TicketView ticket = reachable(caller, TicketOperation.VIEW_HISTORY, reference);
    TicketId id = ticket.summary().id();
    if (caller.isOnlyCustomer()) {
      return tickets.history(id, HistoryFilters.forCustomer());
    }
    if (TicketAccess.seesOnlyPseudonyms(caller)) {
      return tickets.history(id, HistoryFilters.pseudonymized(pseudonyms));
    }
    return tickets.history(id);
  }

  @Override
  public TicketView viewAsOf(Caller caller, TicketReference reference, Instant asOf) {
    TicketView now = reachable(caller, TicketOperation.VIEW, reference);
    TicketView then =
        tickets
            .viewAsOf(now.summary().id(), asOf)
            .orElseThrow(() -> new TicketNotFoundException(reference, asOf));
    return TicketAccess.visibleTo(caller, then, pseudonyms);
  }

  @Override
  public List<TicketHistoryEntry> historyAsOf(
      Caller caller, TicketReference reference, Instant asOf) {
    List<TicketHistoryEntry> entries = history(caller, reference);
    if (entries.isEmpty() || entries.get(0).occurredAt().isAfter(asOf)) {
      throw new TicketNotFoundException(reference, asOf);
    }
    List<TicketHistoryEntry> then = new java.util.ArrayList<>();
    for (TicketHistoryEntry entry : entries) {
      if (entry.occurredAt().isAfter(asOf)) {
        break;
      }
      then.add(entry);
    }
    return then;
  }

  @Override
  public TicketPage list(Caller caller, TicketQueueQuery query) {
    return visible(caller, queue.search(reachable(caller, query)));
  }

  @Override
  public TicketPage listAsOf(Caller caller, TicketQueueQuery query, Instant asOf) {
    return visible(caller, reachable(caller, query).pageOf(tickets.summariesAsOf(asOf)));
  }

  /** The query narrowed to what the caller reaches. */
  private static TicketQueueQuery reachable(Caller caller, TicketQueueQuery query) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, TicketOperation.LIST);
    TicketQueueQuery reachable =
        switch (scope) {
          case ALL -> query;
          case OWN -> {
            if (query.customerId() != null && !query.customerId().equals(caller.customerId())) {
              throw new OperationNotPermittedException(
                  TicketOperation.LIST, "customers list their own tickets only");
            }
            if (query.assignee() != null) {
              // who handles a ticket is staff's business: not even a filter may tell
              throw new OperationNotPermittedException(
                  TicketOperation.LIST, "customers cannot filter by assignee");
            }
            yield query.withCustomerId(caller.customerId());
          }
          case DEPARTMENT -> {
            if (query.department() != null && !query.department().equals(caller.department())) {
              throw new OperationNotPermittedException(
                  TicketOperation.LIST,
                  "handlers list the queue of their own department, " + caller.department().code());
            }
            yield query.withDepartment(caller.department());
          }
        };
    return reachable;
  }

  private TicketPage visible(Caller caller, TicketPage page) {
    return new TicketPage(
        page.items().stream()
            .map(summary -> TicketAccess.visibleTo(caller, summary, pseudonyms))
            .toList(),
        page.page(),
        page.size(),
        page.total());
  }

  @Override
  public TicketPage followUps(Caller caller, int page, int size) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_FOLLOW_UPS);
    // the page's bounds are the queue's
    TicketQueueQuery bounds =
        new TicketQueueQuery(null, null, null, null, null, null, null, null, page, size);
    TicketPage due = queue.followUps(bounds.page(), bounds.size());
    return new TicketPage(
        due.items().stream()
            .map(summary -> TicketAccess.visibleTo(caller, summary, pseudonyms))
            .toList(),
        due.page(),
        due.size(),
        due.total());
  }

  /**
   * The ticket as it is now, if the caller may run the operation on it.
   *
   * @throws TicketNotFoundException for an unknown ticket, and to a customer for another's
   * @throws OperationNotPermittedException when the caller may not run the operation on it
   */
  public TicketView reachable(Caller caller, TicketOperation operation, TicketReference reference) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, operation);
    TicketView ticket =
        tickets
            .resolve(reference)
            .flatMap(tickets::view)
            .orElseThrow(() -> new TicketNotFoundException(reference));
    TicketAccess.requireReach(caller, operation, scope, ticket.summary(), reference);
    return ticket;
  }
}
