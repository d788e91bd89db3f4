package com.feedbackdesk.application.access;

/**
 * What a caller is to the service. A caller may hold several roles; an operation is allowed when
 * any of them allows it (see {@link PermissionMatrix}).
 */
public enum Role {
  /** A shop's customer, in the app or on the web: their own tickets only. */
  CUSTOMER,
  /** Frontline agent (客服专员): registers, classifies, talks to customers. */
  AGENT,
  /** Handling specialist (处理专员) of a department: works on the department's tickets. */
  HANDLER,
  /** After-sales supervisor (售后主管): confirms classification, assigns, handles escalations. */
  SUPERVISOR,
  /** After-sales director (售后总监): second-level escalations, major complaints. */
  DIRECTOR,
  /** Reads everything, changes nothing; customers' personal data is pseudonymized. */
  ANALYST,
  /** Runs the service: reads tickets, and (from later issues) configures policies. */
  ADMIN
}
