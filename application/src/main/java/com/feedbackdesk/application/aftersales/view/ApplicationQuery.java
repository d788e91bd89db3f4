package com.feedbackdesk.application.aftersales.view;

import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.ticket.Department;
import java.util.Set;

/**
 * Which applications to list, newest first: every filter given must hold.
 *
 * @param statuses any of these statuses; empty for any
 * @param customerId the customer's, or null
 * @param department whose task (or review) they are, or null
 * @param assignee the handler named on them, or null
 * @param orderNumber the order they are for, or null
 * @param lineId the order line (with {@code orderNumber}), or null
 * @param limit at most this many
 * @param offset after skipping this many
 */
public record ApplicationQuery(
    Set<ApplicationStatus> statuses,
    String customerId,
    Department department,
    String assignee,
    String orderNumber,
    String lineId,
    int limit,
    int offset) {

  public ApplicationQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  /** The applications by status, customer, department and assignee, of any order. */
  public ApplicationQuery(
      Set<ApplicationStatus> statuses,
      String customerId,
      Department department,
      String assignee,
      int limit,
      int offset) {
    this(statuses, customerId, department, assignee, null, null, limit, offset);
  }
}
