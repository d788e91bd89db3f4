package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.domain.ticket.Department;
import java.util.Map;
import java.util.Set;

/**
 * A message a ticket event calls for, before it is addressed and rendered: its purpose, who it is
 * for, and the values only this event knows (a reply's text, a reminder's clock).
 *
 * @param customer whether it is for the ticket's customer
 * @param staff staff ids it is for by name (an assignee)
 * @param supervisors whether it is for the supervisors of {@code department}
 * @param department null: every supervisor
 * @param directors whether it is for the directors
 */
record Intent(
    MessagePurpose purpose,
    boolean customer,
    Set<String> staff,
    boolean supervisors,
    Department department,
    boolean directors,
    Map<String, Object> values) {

  static Intent toCustomer(MessagePurpose purpose, Map<String, Object> values) {
    return new Intent(purpose, true, Set.of(), false, null, false, values);
  }

  static Intent toStaff(
      MessagePurpose purpose,
      Set<String> staff,
      boolean supervisors,
      Department department,
      boolean directors,
      Map<String, Object> values) {
    return new Intent(purpose, false, staff, supervisors, department, directors, values);
  }

  /** Whether it is urgent enough for every channel a member of staff has (SMS, push). */
  boolean urgent() {
    return purpose == MessagePurpose.STAFF_URGENT
        || (purpose == MessagePurpose.STAFF_ESCALATION && directors);
  }
}
