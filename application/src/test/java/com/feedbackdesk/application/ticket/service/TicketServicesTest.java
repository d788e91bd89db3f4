package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.domain.ticket.TicketTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.ticket.port.in.IdempotencyKeyReusedException;
import com.feedbackdesk.application.ticket.port.in.SubmittedTicket;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.TicketSubmission;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketViews;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.AssignTicketCommand;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use cases over Axon with the real aggregate and an in-memory event store. No projection runs
 * here, so every answer must come from the ticket's own event stream.
 */
class TicketServicesTest {

  /** 01:30 on 20 May in Shanghai, still the 19th in UTC. */
  private static final Instant NOW = Instant.parse("2024-05-19T17:30:00Z");

  private InMemoryTicketServices services;
  private TicketCommandService commands;
  private TicketQueryService queries;
  private InMemoryTicketViews views;

  private static final Caller A_CUSTOMER = Caller.customer(CUSTOMER.id());
  private static final Caller A_SUPERVISOR = Caller.staff(SUPERVISOR.id(), null, Role.SUPERVISOR);

  @BeforeEach
  void startServices() {
    services = new InMemoryTicketServices(NOW);
    commands = services.commands;
    queries = services.queries;
    views = services.views;
  }

  @AfterEach
  void stopServices() {
    services.close();
  }

  private static TicketSubmission submission(String idempotencyKey, String description) {
    return new TicketSubmission(
        Channel.APP,
        CUSTOMER,
        "SO-1",
        null,
        "Shanghai",
        null,
        null,
        null,
        description,
        OCCURRED_AT,
        idempotencyKey);
  }

  @Test
  void aSubmissionAnswersWithTheStoredTicketNumberedByTheBusinessDay() {
    SubmittedTicket submitted = commands.submit(A_CUSTOMER, submission(null, DESCRIPTION));

    TicketView ticket = submitted.ticket();
    assertThat(submitted.created()).isTrue();
    assertThat(ticket.summary().number().value()).isEqualTo("FW20240520001");
    assertThat(ticket.summary().submittedAt()).isEqualTo(NOW);
    assertThat(ticket.summary().classification()).isEqualTo(DAMAGED_IN_TRANSIT);
    // submitted, suggested, the policy applied and three clocks started
    assertThat(ticket.version()).isEqualTo(5);
    assertThat(views.find(ticket.summary().id())).as("no projection ran").isEmpty();
  }

  @Test
  void aChangeAnswersWithTheTicketAfterTheChangeEvenWhenTheStoredViewLagsBehind() {
    TicketView submittedSeenByCustomer =
        commands.submit(A_CUSTOMER, submission(null, DESCRIPTION)).ticket();
    TicketView submitted =
        queries.view(
            A_SUPERVISOR, TicketReference.of(submittedSeenByCustomer.summary().id().toString()));
    views.save(submitted); // the projection has seen the submission, nothing after it

    TicketView assigned =
        commands.change(
            A_SUPERVISOR,
            TicketOperation.ASSIGN,
            TicketReference.of(submitted.summary().number().value()),
            (id, actor, now) -> new AssignTicketCommand(id, null, HANDLER, Set.of(), actor, now));

    assertThat(assigned.summary().status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(assigned.summary().department()).isEqualTo(WAREHOUSE_LOGISTICS);
    assertThat(assigned.version())
        .isEqualTo(8); // assigned, acknowledgement met, acceptance started
    assertThat(queries.view(A_SUPERVISOR, TicketReference.of(submitted.summary().id().toString())))
        .isEqualTo(assigned);
  }

  @Test
  void aRetriedSubmissionWithTheSameKeyYieldsTheFirstTicketAndNoSecondNumber() {
    SubmittedTicket first = commands.submit(A_CUSTOMER, submission("key-1", DESCRIPTION));

    SubmittedTicket retry = commands.submit(A_CUSTOMER, submission("key-1", DESCRIPTION));

    assertThat(retry.created()).isFalse();
    assertThat(retry.ticket()).isEqualTo(first.ticket());
    assertThat(
            commands
                .submit(A_CUSTOMER, submission(null, "another"))
                .ticket()
                .summary()
                .number()
                .value())
        .isEqualTo("FW20240520002");
  }

  @Test
  void aKeyReusedForADifferentSubmissionIsRefused() {
    commands.submit(A_CUSTOMER, submission("key-1", DESCRIPTION));

    assertThatThrownBy(
            () -> commands.submit(A_CUSTOMER, submission("key-1", "something else entirely")))
        .isInstanceOf(IdempotencyKeyReusedException.class)
        .hasMessageContaining("FW20240520001");
  }

  @Test
  void referencesToNoTicketAreNotFound() {
    for (String reference :
        new String[] {"FW20240520001", "00000000-0000-0000-0000-000000000000", "no-such-thing"}) {
      assertThatThrownBy(() -> queries.view(A_SUPERVISOR, TicketReference.of(reference)))
          .isInstanceOf(TicketNotFoundException.class);
      assertThatThrownBy(
              () ->
                  commands.change(
                      A_SUPERVISOR,
                      TicketOperation.ASSIGN,
                      TicketReference.of(reference),
                      (id, actor, now) ->
                          new AssignTicketCommand(id, null, null, Set.of(), actor, now)))
          .isInstanceOf(TicketNotFoundException.class);
    }
  }

  @Test
  void domainRefusalsReachTheCallerAsTheyAre() {
    TicketView ticket = commands.submit(A_CUSTOMER, submission(null, DESCRIPTION)).ticket();
    TicketReference reference = TicketReference.of(ticket.summary().number().value());
    commands.change(
        A_SUPERVISOR,
        TicketOperation.ASSIGN,
        reference,
        (id, actor, now) -> new AssignTicketCommand(id, null, HANDLER, Set.of(), actor, now));

    assertThatThrownBy(
            () ->
                commands.change(
                    A_SUPERVISOR,
                    TicketOperation.RESOLVE,
                    reference,
                    (id, actor, now) ->
                        new com.feedbackdesk.domain.ticket.ResolveTicketCommand(
                            id, resolve().resolutionType(), "done", null, null, actor, now)))
        .isInstanceOf(com.feedbackdesk.domain.ticket.TicketNotAcceptedException.class);
  }

  @Test
  void theHistoryListsEveryEventInOrderWithItsData() {
    TicketView ticket = commands.submit(A_CUSTOMER, submission(null, DESCRIPTION)).ticket();
    TicketReference reference = TicketReference.of(ticket.summary().id().toString());
    commands.change(
        A_SUPERVISOR,
        TicketOperation.ASSIGN,
        reference,
        (id, actor, now) -> new AssignTicketCommand(id, null, HANDLER, Set.of(), actor, now));

    var history = queries.history(A_SUPERVISOR, reference);

    assertThat(history)
        .extracting(TicketHistoryEntry::type)
        .containsExactly(
            "TicketSubmitted",
            "ClassificationSuggested",
            "SlaPolicyApplied",
            "SlaClockStarted",
            "SlaClockStarted",
            "SlaClockStarted",
            "TicketAssigned",
            "SlaClockStopped",
            "SlaClockStarted");
    assertThat(history)
        .extracting(TicketHistoryEntry::sequence)
        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(history.get(0).actor()).isEqualTo(CUSTOMER_ACTOR);
    assertThat(history.get(0).data()).contains(DESCRIPTION);
  }
}
