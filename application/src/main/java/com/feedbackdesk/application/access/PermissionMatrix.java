package com.feedbackdesk.application.access;

import static com.feedbackdesk.application.access.Role.ADMIN;
import static com.feedbackdesk.application.access.Role.AGENT;
import static com.feedbackdesk.application.access.Role.ANALYST;
import static com.feedbackdesk.application.access.Role.CUSTOMER;
import static com.feedbackdesk.application.access.Role.DIRECTOR;
import static com.feedbackdesk.application.access.Role.HANDLER;
import static com.feedbackdesk.application.access.Role.SUPERVISOR;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may run which operation, and on which tickets: the one table the use cases enforce and
 * docs/security.md shows. The SOPs' division of work: agents register, classify and talk to
 * customers; handlers work on their department's tickets; supervisors classify, assign, reopen;
 * directors take everything supervisors do; analysts read; customers act on their own tickets.
 */
public final class PermissionMatrix {

  /** Which tickets a role reaches. */
  public enum Scope {
    /** The caller's own tickets: a customer's. */
    OWN,
    /** The tickets of the caller's department (lead or supporting) or assigned to them. */
    DEPARTMENT,
    /** Every ticket. */
    ALL
  }

  private static final Map<TicketOperation, Set<Role>> ALLOWED =
      new EnumMap<>(TicketOperation.class);

  static {
    Set<Role> staffWorking = EnumSet.of(AGENT, HANDLER, SUPERVISOR, DIRECTOR);
    Set<Role> readers = EnumSet.of(CUSTOMER, AGENT, HANDLER, SUPERVISOR, DIRECTOR, ANALYST, ADMIN);
    allow(TicketOperation.SUBMIT, CUSTOMER, AGENT, HANDLER, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.VIEW, readers);
    allow(TicketOperation.VIEW_HISTORY, readers);
    allow(TicketOperation.LIST, readers);
    allow(TicketOperation.CLASSIFY, AGENT, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.ASSIGN, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.ACCEPT, HANDLER, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.REPLY_TO_CUSTOMER, staffWorking);
    allow(TicketOperation.ADD_INTERNAL_NOTE, staffWorking);
    allow(TicketOperation.REQUEST_INFORMATION, staffWorking);
    // staff record a reply the customer gave by phone
    allow(TicketOperation.RECORD_CUSTOMER_REPLY, CUSTOMER, AGENT, HANDLER, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.RESOLVE, HANDLER, SUPERVISOR, DIRECTOR);
    // agents record the verdict a customer gave on a return visit by phone
    allow(TicketOperation.RECORD_CUSTOMER_CONFIRMATION, CUSTOMER, AGENT, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.REOPEN, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.ESCALATE, staffWorking);
    // complaint plan 4.1.4: an extension is approved by a supervisor or director
    allow(TicketOperation.EXTEND_SLA_DEADLINE, SUPERVISOR, DIRECTOR);
    // a handler sees their department's clocks; the others every department's
    allow(TicketOperation.VIEW_SLA_REPORTS, HANDLER, SUPERVISOR, DIRECTOR, ANALYST, ADMIN);
    allow(TicketOperation.VIEW_SLA_POLICIES, AGENT, HANDLER, SUPERVISOR, DIRECTOR, ANALYST, ADMIN);
    allow(TicketOperation.MANAGE_SLA_POLICIES, ADMIN);
    // return visits are the frontline's calls, like recording a verdict given by phone
    allow(TicketOperation.RECORD_RETURN_VISIT, AGENT, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.VIEW_FOLLOW_UPS, AGENT, SUPERVISOR, DIRECTOR);
    // a customer reads their own inbox; staff read any, to answer "did you write to me?"
    allow(TicketOperation.READ_CUSTOMER_INBOX, CUSTOMER, AGENT, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.MARK_INBOX_READ, CUSTOMER);
    allow(TicketOperation.VIEW_NOTIFICATIONS, AGENT, HANDLER, SUPERVISOR, DIRECTOR, ADMIN);
    allow(TicketOperation.VIEW_NOTIFICATION_TEMPLATES, AGENT, SUPERVISOR, DIRECTOR, ADMIN);
    allow(TicketOperation.MANAGE_WEBHOOKS, ADMIN);
    // analysts replay the history into analyses of their own
    allow(TicketOperation.EXPORT_EVENTS, ANALYST);
    // analysts parse the history with them, admins configure webhook subscribers
    allow(TicketOperation.VIEW_EVENT_SCHEMAS, ANALYST, ADMIN);
    // the monthly analysis goes to the managers and the analysts who prepare it
    allow(TicketOperation.VIEW_STATISTICS, SUPERVISOR, DIRECTOR, ANALYST);
    allow(TicketOperation.VIEW_MONTHLY_REPORT, SUPERVISOR, DIRECTOR, ANALYST);
    // supervisors review the sample (DOMAIN.md: a 30% sample reviewed by supervisors)
    allow(TicketOperation.VIEW_QUALITY_SAMPLE, SUPERVISOR, DIRECTOR, ANALYST);
    allow(TicketOperation.REVIEW_CLASSIFICATION, SUPERVISOR, DIRECTOR);
    // the departments concerned carry the projects out; managers raise and steer them
    allow(TicketOperation.VIEW_IMPROVEMENT_PROJECTS, HANDLER, SUPERVISOR, DIRECTOR, ANALYST);
    allow(TicketOperation.MANAGE_IMPROVEMENT_PROJECTS, SUPERVISOR, DIRECTOR);
    // running the service: admins; analysts see how current the read models are
    allow(TicketOperation.VIEW_PROJECTIONS, ANALYST, ADMIN);
    allow(TicketOperation.REBUILD_PROJECTIONS, ADMIN);
    // staff look an order up while they handle an after-sales case; admins feed the embedded one
    allow(TicketOperation.VIEW_SHOP_ORDERS, AGENT, HANDLER, SUPERVISOR, DIRECTOR, ADMIN);
    allow(TicketOperation.LOAD_SHOP_ORDERS, ADMIN);
    // customers apply in the app; agents register an application a customer made by phone
    allow(TicketOperation.APPLY_FOR_AFTER_SALES, CUSTOMER, AGENT, SUPERVISOR, DIRECTOR);
    allow(
        TicketOperation.VIEW_AFTER_SALES, CUSTOMER, AGENT, HANDLER, SUPERVISOR, DIRECTOR, ANALYST);
    // the after-sales SOP: what the rules cannot decide, the handlers and their managers decide
    allow(TicketOperation.DECIDE_AFTER_SALES, HANDLER, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.RECORD_RETURN_SHIPMENT, CUSTOMER, AGENT, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.HANDLE_AFTER_SALES, HANDLER, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.WITHDRAW_AFTER_SALES, CUSTOMER, AGENT, SUPERVISOR, DIRECTOR);
    // the policy is public: customers read what they may apply for
    allow(TicketOperation.VIEW_AFTER_SALES_POLICY, readers);
    // whoever submits or replies sends photos and videos with it; they are seen with the ticket,
    // except by analysts: a photo may show a shipping label, which pseudonyms cannot mask
    allow(TicketOperation.UPLOAD_ATTACHMENT, CUSTOMER, AGENT, HANDLER, SUPERVISOR, DIRECTOR);
    allow(TicketOperation.VIEW_ATTACHMENT, CUSTOMER, AGENT, HANDLER, SUPERVISOR, DIRECTOR, ADMIN);
  }

  private PermissionMatrix() {}

  private static void allow(TicketOperation operation, Role... roles) {
    allow(operation, EnumSet.of(roles[0], roles));
  }

  private static void allow(TicketOperation operation, Set<Role> roles) {
    ALLOWED.put(operation, Collections.unmodifiableSet(EnumSet.copyOf(roles)));
  }

  /** The roles that may run the operation. */
  public static Set<Role> allowed(TicketOperation operation) {
    return ALLOWED.get(operation);
  }

  /** Which tickets a role reaches with the operations it may run. */
  public static Scope scopeOf(Role role) {
    return switch (role) {
      case CUSTOMER -> Scope.OWN;
      case HANDLER -> Scope.DEPARTMENT;
      case AGENT, SUPERVISOR, DIRECTOR, ANALYST, ADMIN -> Scope.ALL;
    };
  }

  /**
   * The widest scope in which the caller may run the operation.
   *
   * @throws OperationNotPermittedException when none of the caller's roles may run it
   */
  public static Scope require(Caller caller, TicketOperation operation) {
    Scope widest = null;
    for (Role role : caller.roles()) {
      if (allowed(operation).contains(role)) {
        Scope scope = scopeOf(role);
        widest = widest == null || scope.compareTo(widest) > 0 ? scope : widest;
      }
    }
    if (widest == null) {
      throw new OperationNotPermittedException(
          operation,
          "the roles "
              + caller.roles()
              + " may not "
              + operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + "; it takes one of "
              + allowed(operation));
    }
    return widest;
  }
}
