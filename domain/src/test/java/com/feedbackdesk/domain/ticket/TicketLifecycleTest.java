package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketAction.*;
import static com.feedbackdesk.domain.ticket.TicketTestData.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action in every status, against the aggregate: allowed ones publish events, refused ones
 * throw the exception named for the rule. The table below is the specification, written out by hand
 * rather than derived from {@link TicketLifecycle}, so that a change to the state machine has to
 * change it too.
 */
class TicketLifecycleTest {

  private static final Class<? extends Throwable> OK = null;

  private static final Map<TicketStatus, Map<TicketAction, Class<? extends Throwable>>> SPEC =
      new EnumMap<>(TicketStatus.class);

  static {
    row(
        TicketStatus.SUBMITTED,
        OK,
        OK,
        TicketNotAssignedException.class,
        OK,
        OK,
        TicketNotAcceptedException.class,
        OK,
        TicketNotAcceptedException.class,
        TicketNotResolvedException.class,
        TicketNotResolvedException.class,
        OK,
        TicketNotResolvedException.class);
    row(
        TicketStatus.ASSIGNED,
        OK,
        OK,
        OK,
        OK,
        OK,
        TicketNotAcceptedException.class,
        OK,
        TicketNotAcceptedException.class,
        TicketNotResolvedException.class,
        TicketNotResolvedException.class,
        OK,
        TicketNotResolvedException.class);
    row(
        TicketStatus.IN_PROGRESS,
        OK,
        OK,
        TicketAlreadyAcceptedException.class,
        OK,
        OK,
        OK,
        OK,
        OK,
        TicketNotResolvedException.class,
        TicketNotResolvedException.class,
        OK,
        TicketNotResolvedException.class);
    row(
        TicketStatus.AWAITING_CUSTOMER,
        OK,
        OK,
        TicketAlreadyAcceptedException.class,
        OK,
        OK,
        TicketAlreadyAwaitingCustomerException.class,
        OK,
        OK,
        TicketNotResolvedException.class,
        TicketNotResolvedException.class,
        OK,
        TicketNotResolvedException.class);
    row(
        TicketStatus.RESOLVED,
        OK,
        TicketAlreadyResolvedException.class,
        TicketAlreadyResolvedException.class,
        OK,
        OK,
        TicketAlreadyResolvedException.class,
        OK,
        TicketAlreadyResolvedException.class,
        OK,
        OK,
        TicketAlreadyResolvedException.class,
        OK);
    Class<? extends Throwable> closed = TicketAlreadyClosedException.class;
    row(
        TicketStatus.CLOSED,
        closed,
        closed,
        closed,
        closed,
        closed,
        closed,
        closed,
        closed,
        closed,
        OK,
        closed,
        OK);
  }

  /**
   * One row, in the order CLASSIFY, ASSIGN, ACCEPT, REPLY_TO_CUSTOMER, ADD_INTERNAL_NOTE,
   * REQUEST_INFORMATION, RECORD_CUSTOMER_REPLY, RESOLVE, RECORD_CUSTOMER_CONFIRMATION, REOPEN,
   * ESCALATE, RECORD_RETURN_VISIT.
   */
  @SafeVarargs
  private static void row(TicketStatus status, Class<? extends Throwable>... outcomes) {
    TicketAction[] order = {
      CLASSIFY,
      ASSIGN,
      ACCEPT,
      REPLY_TO_CUSTOMER,
      ADD_INTERNAL_NOTE,
      REQUEST_INFORMATION,
      RECORD_CUSTOMER_REPLY,
      RESOLVE,
      RECORD_CUSTOMER_CONFIRMATION,
      REOPEN,
      ESCALATE,
      RECORD_RETURN_VISIT
    };
    if (outcomes.length != order.length || order.length != TicketAction.values().length) {
      throw new IllegalArgumentException("a row needs one outcome per action");
    }
    Map<TicketAction, Class<? extends Throwable>> row = new EnumMap<>(TicketAction.class);
    for (int i = 0; i < order.length; i++) {
      row.put(order[i], outcomes[i]);
    }
    SPEC.put(status, row);
  }

  static Stream<Arguments> everyActionInEveryStatus() {
    return Stream.of(TicketStatus.values())
        .flatMap(
            status ->
                Stream.of(TicketAction.values())
                    .map(action -> Arguments.of(status, action, SPEC.get(status).get(action))));
  }

  private FixtureConfiguration<Ticket> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ticket.class);
    fixture.registerInjectableResource(classificationPolicy());
    fixture.registerInjectableResource(routing());
    fixture.registerInjectableResource(AutoClosure.never());
    fixture.registerInjectableResource(SlaTestData.catalogue(SlaTestData.UNMEASURED));
  }

  @ParameterizedTest(name = "{0} × {1} → {2}")
  @MethodSource("everyActionInEveryStatus")
  void givenStatus_whenAction_thenAllowedOrRefusedByName(
      TicketStatus status, TicketAction action, Class<? extends Throwable> refusal) {
    var result = fixture.given(historyUntil(status)).when(commandFor(action));
    if (refusal == OK) {
      result
          .expectSuccessfulHandlerExecution()
          .expectEventsMatching(
              org.axonframework.test.matchers.Matchers.payloadsMatching(
                  org.axonframework.test.matchers.Matchers.listWithAnyOf(
                      org.hamcrest.Matchers.instanceOf(TicketEvent.class))));
    } else {
      result.expectException(refusal).expectNoEvents();
    }
  }
}
