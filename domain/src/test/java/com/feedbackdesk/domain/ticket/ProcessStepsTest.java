package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.LATER;
import static com.feedbackdesk.domain.ticket.TicketTestData.TICKET_ID;
import static com.feedbackdesk.domain.ticket.TicketTestData.classificationPolicy;
import static com.feedbackdesk.domain.ticket.TicketTestData.historyUntil;
import static com.feedbackdesk.domain.ticket.TicketTestData.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process (the after-sales process) numbers the commands it sends a ticket; a step the ticket has
 * taken already changes nothing, so a process that runs a step again after a crash does no harm.
 */
class ProcessStepsTest {

  private FixtureConfiguration<Ticket> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ticket.class);
    fixture.registerInjectableResource(classificationPolicy());
    fixture.registerInjectableResource(routing());
    fixture.registerInjectableResource(AutoClosure.never());
    fixture.registerInjectableResource(SlaTestData.catalogue(SlaTestData.UNMEASURED));
  }

  private static final ReplyToCustomerCommand REPLY =
      new ReplyToCustomerCommand(TICKET_ID, "您的售后申请已通过审核", HANDLER_ACTOR, LATER);

  /** The ticket in progress, its last event recorded by the process's step 17. */
  private static List<Object> historyUpToStep17() {
    List<Object> history = new ArrayList<>(historyUntil(TicketStatus.IN_PROGRESS));
    history.add(
        new GenericDomainEventMessage<>(
            "Ticket",
            TICKET_ID.toString(),
            history.size(),
            new ReplyPosted(TICKET_ID, "您的售后申请需要人工审核", HANDLER_ACTOR, LATER),
            MetaData.with(Ticket.PROCESS_STEP, 17L)));
    return history;
  }

  @Test
  void aStepTakenAlreadyChangesNothing() {
    fixture
        .given(historyUpToStep17())
        .when(REPLY, Map.of(Ticket.PROCESS_STEP, 17L))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anEarlierStepChangesNothingEither() {
    fixture.given(historyUpToStep17()).when(REPLY, Map.of(Ticket.PROCESS_STEP, 3)).expectNoEvents();
  }

  @Test
  void aNewStepIsTakenAndItsEventsCarryItsNumber() {
    fixture
        .given(historyUpToStep17())
        .when(REPLY, Map.of(Ticket.PROCESS_STEP, 18L))
        .expectEvents(new ReplyPosted(TICKET_ID, "您的售后申请已通过审核", HANDLER_ACTOR, LATER))
        .expectEventsMatching(
            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.axonframework.test.matchers.Matchers.predicate(
                    message ->
                        Long.valueOf(18L)
                            .equals(
                                ((org.axonframework.eventhandling.EventMessage<?>) message)
                                    .getMetaData()
                                    .get(Ticket.PROCESS_STEP))),
                org.axonframework.test.matchers.Matchers.andNoMore()));
  }

  @Test
  void commandsOfPeopleAreNeverSkipped() {
    fixture
        .given(historyUpToStep17())
        .when(REPLY)
        .expectEvents(new ReplyPosted(TICKET_ID, "您的售后申请已通过审核", HANDLER_ACTOR, LATER));
  }
}
