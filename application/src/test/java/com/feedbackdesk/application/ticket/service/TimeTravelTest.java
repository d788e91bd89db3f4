package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.domain.ticket.TicketTestData.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.TicketSubmission;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.AcceptTicketCommand;
import com.feedbackdesk.domain.ticket.AssignTicketCommand;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A ticket, and its history, as they were at a past instant, computed from its events. */
class TimeTravelTest {

  private static final Instant NOW = Instant.parse("2024-05-20T02:00:00Z");
  private static final Caller SUPERVISOR = Caller.staff("chen.jing", null, Role.SUPERVISOR);

  private InMemoryTicketServices services;
  private TicketReference ticket;

  @BeforeEach
  void start() {
    services = new InMemoryTicketServices(NOW);
    TicketView submitted =
        services
            .commands
            .submit(
                Caller.customer(CUSTOMER.id()),
                new TicketSubmission(
                    Channel.APP, CUSTOMER, "SO-1", null, "上海", null, null, null, "杯子碎了", NOW, null))
            .ticket();
    ticket = TicketReference.of(submitted.summary().number().value());
    // an hour later assigned, two hours later accepted
    services
        .axon
        .commandGateway()
        .sendAndWait(
            new AssignTicketCommand(
                submitted.summary().id(),
                new Department("WAREHOUSE_LOGISTICS"),
                "li.na",
                Set.of(),
                Actor.agent("chen.jing"),
                NOW.plus(Duration.ofHours(1))));
    services
        .axon
        .commandGateway()
        .sendAndWait(
            new AcceptTicketCommand(
                submitted.summary().id(),
                "li.na",
                "已联系物流方核实",
                Actor.agent("li.na"),
                NOW.plus(Duration.ofHours(2))));
  }

  @AfterEach
  void stop() {
    services.close();
  }

  @Test
  void theTicketAsItWasThenIsFoldedFromItsEventsUpToThatInstant() {
    TicketView submitted = services.queries.viewAsOf(SUPERVISOR, ticket, NOW.plusSeconds(60));
    TicketView assigned =
        services.queries.viewAsOf(SUPERVISOR, ticket, NOW.plus(Duration.ofMinutes(90)));
    TicketView now = services.queries.view(SUPERVISOR, ticket);

    assertThat(submitted.summary().status()).isEqualTo(TicketStatus.SUBMITTED);
    assertThat(submitted.summary().assignee()).isNull();
    assertThat(assigned.summary().status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(assigned.summary().assignee()).isEqualTo("li.na");
    assertThat(assigned.plan()).isNull();
    assertThat(now.summary().status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(services.queries.viewAsOf(SUPERVISOR, ticket, NOW.plus(Duration.ofDays(1))))
        .isEqualTo(now);
  }

  @Test
  void theQueueThenHoldsTheTicketsAsTheyWereFilteredAndOrderedAsTheLiveOne() {
    TicketQueueQuery submittedOnes =
        new TicketQueueQuery(
            Set.of(TicketStatus.SUBMITTED), null, null, null, null, null, null, null, 0, 20);

    TicketPage then = services.queries.listAsOf(SUPERVISOR, submittedOnes, NOW.plusSeconds(60));
    TicketPage later =
        services.queries.listAsOf(SUPERVISOR, submittedOnes, NOW.plus(Duration.ofMinutes(90)));
    TicketPage before =
        services.queries.listAsOf(SUPERVISOR, TicketQueueQuery.everything(), NOW.minusSeconds(1));

    assertThat(then.items()).singleElement().satisfies(s -> assertThat(s.assignee()).isNull());
    assertThat(later.items()).isEmpty();
    assertThat(before.total()).isZero();
    assertThat(
            services
                .queries
                .listAsOf(
                    Caller.customer("C20000"), TicketQueueQuery.everything(), NOW.plusSeconds(60))
                .items())
        .as("another customer's tickets are not theirs, then either")
        .isEmpty();
  }

  @Test
  void theHistoryThenEndsAtThatInstantAndBeforeTheTicketThereIsNothing() {
    assertThat(services.queries.historyAsOf(SUPERVISOR, ticket, NOW.plus(Duration.ofMinutes(90))))
        .extracting(TicketHistoryEntry::occurredAt)
        .allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(NOW.plus(Duration.ofMinutes(90))))
        .isNotEmpty();
    assertThatThrownBy(() -> services.queries.viewAsOf(SUPERVISOR, ticket, NOW.minusSeconds(1)))
        .isInstanceOf(TicketNotFoundException.class)
        .hasMessageContaining("yet at");
    assertThatThrownBy(() -> services.queries.historyAsOf(SUPERVISOR, ticket, NOW.minusSeconds(1)))
        .isInstanceOf(TicketNotFoundException.class);
    assertThatThrownBy(
            () -> services.queries.viewAsOf(Caller.customer("C20000"), ticket, NOW.plusSeconds(60)))
        .as("another customer's ticket does not exist for them, then or now")
        .isInstanceOf(TicketNotFoundException.class);
  }
}
