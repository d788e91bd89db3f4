package com.feedbackdesk.application.sla.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketTestData;
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
  void candidatesIncludeEveryTicketOfTheQueriedDepartmentAndPriority() {
    SlaTicket ticket = at(TicketStatus.IN_PROGRESS);
    tickets.save(ticket);

    assertThat(
            tickets.candidates(
                new SlaClockQuery(
                    ticket.summary().department(),
                    null,
                    Set.of(Priority.P2),
                    Set.of(),
                    null,
                    null,
                    10)))
        .containsExactly(ticket);
  }
}
