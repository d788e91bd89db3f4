package com.feedbackdesk.application.sla.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaBreached;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketTestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SlaTicketPort} must do; extended by each implementation's test. */
public abstract class SlaTicketPortContract {

  private SlaTicketPort tickets;

  protected abstract SlaTicketPort createPort();

  @BeforeEach
  void createFreshPort() {
    tickets = createPort();
  }

  static SlaTicket at(TicketStatus status) {
    List<TicketEvent> events =
        SlaTestData.withClocks(TicketTestData.historyUntil(status), SlaTestData.AFTER_SALES);
    SlaTicket ticket = null;
    for (int i = 0; i < events.size(); i++) {
      ticket = SlaTicket.fold(ticket, events.get(i), i);
    }
    return ticket;
  }

  private static SlaClockQuery everything() {
    return new SlaClockQuery(null, null, Set.of(), Set.of(), null, null, 100);
  }

  @Test
  void aRecordWithEveryRunIsReadBackExactlyAndNeverRolledBack() {
    SlaTicket closed = at(TicketStatus.CLOSED);

    tickets.save(closed);
    tickets.save(at(TicketStatus.ASSIGNED));

    assertThat(closed.runs()).hasSizeGreaterThan(3);
    assertThat(tickets.find(TicketTestData.TICKET_ID)).contains(closed);
  }

  @Test
  void openAndClosedTicketsAreToldApart() {
    tickets.save(at(TicketStatus.IN_PROGRESS));

    assertThat(tickets.openTickets()).containsExactly(TicketTestData.TICKET_ID);
    assertThat(tickets.closedBetween(everything())).isEmpty();

    tickets.save(at(TicketStatus.CLOSED));

    assertThat(tickets.openTickets()).isEmpty();
    assertThat(tickets.closedBetween(everything())).hasSize(1);
  }

  @Test
  void countingClocksAreFoundByTheQueriedDepartmentPriorityAndDueTime() {
    SlaTicket ticket = at(TicketStatus.IN_PROGRESS); // resolution counts, due 48 h after 02:00
    tickets.save(ticket);
    Instant due = TicketTestData.SUBMITTED_AT.plus(Duration.ofHours(48));

    assertThat(
            tickets.withCountingClocks(
                query(ticket.summary().department(), Priority.P2, due, due.plusSeconds(1))))
        .containsExactly(ticket);
    assertThat(tickets.withCountingClocks(query(null, null, null, null))).containsExactly(ticket);
    assertThat(tickets.withCountingClocks(query(null, null, due.plusSeconds(1), null))).isEmpty();
    assertThat(tickets.withCountingClocks(query(null, Priority.P1, null, null))).isEmpty();
    assertThat(tickets.withCountingClocks(query(new Department("LEGAL"), null, null, null)))
        .isEmpty();
    assertThat(tickets.withBreachesIn(query(null, null, null, null))).isEmpty();
  }

  @Test
  void breachesAreFoundByWhenTheyWereFound() {
    SlaTicket ticket = at(TicketStatus.IN_PROGRESS);
    Instant due = TicketTestData.SUBMITTED_AT.plus(Duration.ofHours(48));
    Instant found = due.plusSeconds(7);
    SlaTicket breached =
        SlaTicket.fold(
            ticket,
            new SlaBreached(
                TicketTestData.TICKET_ID, SlaClockKind.RESOLUTION, 1, due, SlaClocks.ENGINE, found),
            ticket.version() + 1);
    tickets.save(breached);

    assertThat(tickets.withBreachesIn(query(null, null, found, found.plusSeconds(1))))
        .containsExactly(breached);
    assertThat(tickets.withBreachesIn(query(null, null, null, null))).containsExactly(breached);
    assertThat(tickets.withBreachesIn(query(null, null, found.plusSeconds(1), null))).isEmpty();
    assertThat(tickets.withCountingClocks(query(null, null, null, null)))
        .as("still counting, and overdue")
        .containsExactly(breached);
  }

  private static SlaClockQuery query(
      Department department, Priority priority, Instant from, Instant to) {
    return new SlaClockQuery(
        department, null, priority == null ? Set.of() : Set.of(priority), Set.of(), from, to, 10);
  }
}
