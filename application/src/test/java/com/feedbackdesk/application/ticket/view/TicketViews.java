package com.feedbackdesk.application.ticket.view;

import static com.feedbackdesk.domain.ticket.TicketTestData.historyUntil;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read models for tests, built by the real fold; shared through this module's test-jar. */
public final class TicketViews {

  private TicketViews() {}

  /** The view of the standard test ticket after the usual path to the status. */
  public static TicketView viewAt(TicketStatus status) {
    return fold(historyUntil(status));
  }

  public static TicketView fold(List<TicketEvent> events) {
    TicketView view = null;
    for (int i = 0; i < events.size(); i++) {
      view = TicketView.fold(view, events.get(i), i);
    }
    return view;
  }

  /** A summary with the fields the queue filters and sorts by, everything else defaulted. */
  public static TicketSummary summary(
      int serial,
      TicketStatus status,
      Priority priority,
      Category category,
      Department department,
      String assignee,
      String customerId,
      Instant submittedAt,
      Instant dueAt) {
    return new TicketSummary(
        new TicketId(UUID.nameUUIDFromBytes(("ticket-" + serial).getBytes())),
        TicketNumber.of(LocalDate.of(2024, 5, 20), serial),
        status,
        com.feedbackdesk.domain.ticket.Channel.APP,
        new Classification(TicketType.COMPLAINT, category, priority),
        new Customer(customerId, null, null, null),
        null,
        null,
        null,
        department,
        assignee,
        List.of(),
        com.feedbackdesk.domain.ticket.EscalationLevel.HANDLER,
        0,
        submittedAt,
        submittedAt,
        dueAt == null
            ? Map.of()
            : Map.of(com.feedbackdesk.domain.ticket.SlaClockKind.RESOLUTION, dueAt),
        submittedAt,
        3);
  }
}
