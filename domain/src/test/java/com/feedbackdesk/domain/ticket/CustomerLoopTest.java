package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketTestData.CUSTOMER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.FRONTLINE;
import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER;
import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.SUPERVISOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.TECHNICAL;
import static com.feedbackdesk.domain.ticket.TicketTestData.TICKET_ID;
import static com.feedbackdesk.domain.ticket.TicketTestData.classificationPolicy;
import static com.feedbackdesk.domain.ticket.TicketTestData.routing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.TestClocks;
import com.feedbackdesk.domain.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After the resolution: the customer is told before an unconfirmed ticket closes, it closes by
 * timeout (never as satisfied), and the return visit runs its own clock through the closure; a
 * customer no longer satisfied on it has the ticket reopened for the director.
 */
class CustomerLoopTest {

  private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z"); // Monday 10:00 Shanghai
  private static final AutoClosure SEVEN_DAYS =
      new AutoClosure(Duration.ofDays(7), Duration.ofDays(1));

  private AggregateTestFixture<Ticket> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ticket.class);
    fixture.registerInjectableResource(classificationPolicy());
    fixture.registerInjectableResource(routing());
    fixture.registerInjectableResource(SEVEN_DAYS);
    fixture.registerInjectableResource(SlaTestData.catalogue(SlaTestData.AFTER_SALES));
    fixture.registerInjectableResource(SlaEscalation.standard());
    fixture.registerInjectableResource(TestClocks.following(() -> fixture.currentTime()));
  }

  private static SubmitTicketCommand submit() {
    SubmitTicketCommand t = TicketTestData.submit();
    return new SubmitTicketCommand(
        t.ticketId(),
        t.number(),
        t.channel(),
        t.customer(),
        t.orderNumber(),
        t.product(),
        t.region(),
        t.description(),
        t.occurredAt(),
        t.type(),
        t.category(),
        t.priority(),
        t.actor(),
        AT);
  }

  /** Submitted, assigned, accepted and resolved, each a minute after the one before. */
  private static Object[] resolvedTicket() {
    return new Object[] {
      submit(),
      new AssignTicketCommand(
          TICKET_ID, TECHNICAL, HANDLER, Set.of(), SUPERVISOR, AT.plusSeconds(60)),
      new AcceptTicketCommand(TICKET_ID, HANDLER, "已联系物流方核实", HANDLER_ACTOR, AT.plusSeconds(120)),
      resolve(AT.plusSeconds(180))
    };
  }

  private static ResolveTicketCommand resolve(Instant at) {
    return new ResolveTicketCommand(
        TICKET_ID,
        ResolutionType.RESEND,
        "补发新杯子",
        null,
        null,
        "物流包装不足，责任在我方",
        "易碎品改用加厚包装",
        HANDLER_ACTOR,
        at);
  }

  private static Matcher<List<EventMessage<?>>> payloads(
      String description, Predicate<List<Object>> check) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(List<EventMessage<?>> messages) {
        return check.test(messages.stream().map(m -> (Object) m.getPayload()).toList());
      }

      @Override
      public void describeTo(Description text) {
        text.appendText(description);
      }
    };
  }

  private static boolean has(List<Object> payloads, Predicate<Object> event) {
    return payloads.stream().anyMatch(event);
  }

  @Test
  void resolvingSchedulesTheNoticeAndTheClosureAndStartsTheReturnVisit() {
    Instant resolvedAt = AT.plusSeconds(180);
    Instant closesAt = resolvedAt.plus(Duration.ofDays(7));
    Object[] given = resolvedTicket();
    fixture
        .givenCurrentTime(AT)
        .andGivenCommands(given[0], given[1], given[2])
        .when(resolve(resolvedAt))
        .expectScheduledDeadline(
            closesAt.minus(Duration.ofDays(1)), new AutoClosureDeadline(1, closesAt, true))
        .expectScheduledDeadline(closesAt, new AutoClosureDeadline(1, closesAt, false))
        .expectEventsMatching(
            payloads(
                "the resolution with its closing time and the result message's parts, and the"
                    + " return visit's clock",
                events ->
                    has(
                            events,
                            e ->
                                e instanceof TicketResolved r
                                    && closesAt.equals(r.closesUnconfirmedAt())
                                    && "易碎品改用加厚包装".equals(r.improvements())
                                    && "物流包装不足，责任在我方".equals(r.responsibility()))
                        && has(
                            events,
                            e ->
                                e instanceof SlaClockStarted s
                                    && s.clock() == SlaClockKind.RETURN_VISIT
                                    && s.target().equals(SlaTarget.parse("3bd")))));
  }

  @Test
  void anUnconfirmedTicketIsAnnouncedThenClosedByTimeoutNeverAsSatisfied() {
    Instant closesAt = AT.plusSeconds(180).plus(Duration.ofDays(7));
    fixture
        .givenCurrentTime(AT)
        .andGivenCommands(resolvedTicket())
        .whenTimeElapses(Duration.ofDays(8))
        .expectTriggeredDeadlinesMatching(
            payloads(
                "the notice, then the closure",
                deadlines ->
                    deadlines.contains(new AutoClosureDeadline(1, closesAt, true))
                        && deadlines.contains(new AutoClosureDeadline(1, closesAt, false))))
        .expectEventsMatching(
            payloads(
                "announced, then closed by timeout with the resolution's summary",
                events -> {
                  List<Object> mine =
                      events.stream()
                          .filter(
                              e -> e instanceof TicketClosureAnnounced || e instanceof TicketClosed)
                          .toList();
                  return mine.size() == 2
                      && mine.get(0) instanceof TicketClosureAnnounced a
                      && a.closesAt().equals(closesAt)
                      && mine.get(1) instanceof TicketClosed c
                      && c.reason() == ClosureReason.CONFIRMATION_TIMEOUT
                      && c.handlingSummary().equals("补发新杯子")
                      && c.actor().equals(Ticket.AUTO_CLOSURE)
                      && events.stream().noneMatch(e -> e instanceof CustomerConfirmationRecorded);
                }));
  }

  @Test
  void aConfirmedTicketIsNotClosedAgainWhenItsDeadlineComes() {
    Object[] given = resolvedTicket();
    fixture
        .givenCurrentTime(AT)
        .andGivenCommands(
            given[0],
            given[1],
            given[2],
            given[3],
            new RecordCustomerConfirmationCommand(
                TICKET_ID, true, Satisfaction.SATISFIED, null, CUSTOMER_ACTOR, AT.plusSeconds(240)))
        .whenTimeElapses(Duration.ofDays(8))
        .expectEventsMatching(
            payloads(
                "no notice and no second closure",
                events ->
                    events.stream()
                        .noneMatch(
                            e ->
                                e instanceof TicketClosed || e instanceof TicketClosureAnnounced)));
  }

  @Test
  void theReturnVisitsClockRunsThroughTheClosureAndStopsWhenTheVisitIsRecorded() {
    Object[] given = resolvedTicket();
    fixture
        .givenCurrentTime(AT)
        .andGivenCommands(
            given[0],
            given[1],
            given[2],
            given[3],
            new RecordCustomerConfirmationCommand(
                TICKET_ID, true, Satisfaction.SATISFIED, null, CUSTOMER_ACTOR, AT.plusSeconds(240)))
        .when(
            new RecordReturnVisitCommand(
                TICKET_ID,
                true,
                ContactChannel.PHONE,
                true,
                "一切正常",
                FRONTLINE,
                AT.plusSeconds(300)))
        .expectEvents(
            new ReturnVisitRecorded(
                TICKET_ID,
                true,
                ContactChannel.PHONE,
                true,
                "一切正常",
                FRONTLINE,
                AT.plusSeconds(300)),
            new SlaClockStopped(
                TICKET_ID,
                SlaClockKind.RETURN_VISIT,
                1,
                SlaOutcome.MET,
                Duration.ofMinutes(2),
                SlaClocks.ENGINE,
                AT.plusSeconds(300)));
  }

  @Test
  void aCustomerNoLongerSatisfiedOnTheReturnVisitHasTheTicketReopenedForTheDirector() {
    Object[] given = resolvedTicket();
    fixture
        .givenCurrentTime(AT)
        .andGivenCommands(
            given[0],
            given[1],
            given[2],
            given[3],
            new RecordCustomerConfirmationCommand(
                TICKET_ID, true, Satisfaction.SATISFIED, null, CUSTOMER_ACTOR, AT.plusSeconds(240)))
        .when(
            new RecordReturnVisitCommand(
                TICKET_ID,
                true,
                ContactChannel.PHONE,
                false,
                "又坏了",
                FRONTLINE,
                AT.plusSeconds(300)))
        .expectEventsMatching(
            payloads(
                "reopened from closed and escalated to the director",
                events ->
                    has(events, e -> e instanceof TicketReopened r && r.reason().contains("又坏了"))
                        && has(
                            events,
                            e ->
                                e instanceof TicketEscalated x
                                    && x.to() == EscalationLevel.DIRECTOR)));
  }

  @Test
  void aReturnVisitIsRecordedOncePerResolution() {
    Object[] given = resolvedTicket();
    fixture
        .givenCurrentTime(AT)
        .andGivenCommands(
            given[0],
            given[1],
            given[2],
            given[3],
            new RecordReturnVisitCommand(
                TICKET_ID, false, ContactChannel.PHONE, null, null, FRONTLINE, AT.plusSeconds(240)))
        .when(
            new RecordReturnVisitCommand(
                TICKET_ID, false, ContactChannel.SMS, null, null, FRONTLINE, AT.plusSeconds(300)))
        .expectException(ReturnVisitNotDueException.class)
        .expectNoEvents();
  }

  @Test
  void aVisitOutcomeMustFitWhetherTheCustomerWasReached() {
    assertThatThrownBy(
            () ->
                new RecordReturnVisitCommand(
                    TICKET_ID, true, ContactChannel.PHONE, null, null, FRONTLINE, AT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("still satisfied");
    assertThatThrownBy(
            () ->
                new RecordReturnVisitCommand(
                    TICKET_ID, false, ContactChannel.PHONE, true, null, FRONTLINE, AT))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> new RecordReturnVisitCommand(TICKET_ID, false, null, null, null, FRONTLINE, AT))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void autoClosureSettingsMustLeaveRoomForTheNotice() {
    assertThat(AutoClosure.never().enabled()).isFalse();
    assertThat(new AutoClosure(Duration.ZERO, Duration.ZERO).closesAt(AT)).isNull();
    assertThatThrownBy(() -> new AutoClosure(Duration.ofDays(1), Duration.ofDays(1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new AutoClosure(Duration.ofDays(-1), Duration.ZERO))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aCustomersLanguageAndPreferredChannelAreCheckedAgainstTheirContacts() {
    Customer customer = new Customer("C1", null, null, "a@b.cn", "zh-cn", ContactChannel.EMAIL);
    assertThat(customer.language()).isEqualTo("zh-CN");
    assertThatThrownBy(
            () -> new Customer(null, null, "13800000000", null, null, ContactChannel.IN_APP))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customer's id");
    assertThatThrownBy(() -> new Customer("C1", null, null, null, null, ContactChannel.SMS))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Customer("C1", null, null, null, "中文", null))
        .isInstanceOf(InvalidValueException.class);
  }
}
