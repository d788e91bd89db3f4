package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER;
import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.SUPERVISOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.TICKET_ID;
import static com.feedbackdesk.domain.ticket.TicketTestData.classificationPolicy;
import static com.feedbackdesk.domain.ticket.TicketTestData.routing;

import com.feedbackdesk.domain.shared.TestClocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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
 * The ticket keeps its clocks' durable deadlines: one pending per counting clock, cancelled when
 * the clock stops or pauses, rescheduled when it resumes; a deadline wakes the ticket for a
 * reminder, then a breach, and the breach escalates. One case per test (the fixture's deadlines
 * carry over between given and when).
 */
class SlaTicketTest {

  /** Monday 2 March 2026, 10:00 in Shanghai. */
  private static final Instant MONDAY_TEN = shanghai("2026-03-02T10:00");

  private AggregateTestFixture<Ticket> fixture;

  private static Instant shanghai(String local) {
    return LocalDateTime.parse(local).atZone(SlaTestData.SHANGHAI).toInstant();
  }

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ticket.class);
    fixture.registerInjectableResource(classificationPolicy());
    fixture.registerInjectableResource(routing());
    fixture.registerInjectableResource(AutoClosure.never());
    fixture.registerInjectableResource(SlaTestData.catalogue(SlaTestData.AFTER_SALES));
    fixture.registerInjectableResource(SlaEscalation.standard());
    fixture.registerInjectableResource(TestClocks.following(() -> fixture.currentTime()));
  }

  private static SubmitTicketCommand submitAtTen() {
    SubmitTicketCommand template = TicketTestData.submit();
    return new SubmitTicketCommand(
        template.ticketId(),
        template.number(),
        template.channel(),
        template.customer(),
        template.orderNumber(),
        template.product(),
        template.region(),
        template.description(),
        template.occurredAt(),
        template.type(),
        template.category(),
        template.priority(),
        template.actor(),
        MONDAY_TEN);
  }

  /** The published events' payloads, checked as a whole. */
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

  private static boolean escalatedTo(List<Object> payloads, EscalationLevel level) {
    return payloads.stream()
        .anyMatch(
            p ->
                p instanceof TicketEscalated escalated
                    && escalated.to() == level
                    && escalated.actor().equals(SlaClocks.ENGINE));
  }

  @Test
  void registrationSchedulesADeadlineForEachClocksReminder() {
    // P2 at 10:00: acknowledgement 1 h business (reminder 10:45), first response 4 h (13:00),
    // resolution 48 h (reminder after 36 h)
    fixture
        .givenCurrentTime(MONDAY_TEN)
        .andGivenCommands()
        .when(submitAtTen())
        .expectScheduledDeadline(
            shanghai("2026-03-02T10:45"),
            new SlaDeadline(SlaClockKind.ACKNOWLEDGEMENT, 1, shanghai("2026-03-02T10:45")))
        .expectScheduledDeadline(
            shanghai("2026-03-02T13:00"),
            new SlaDeadline(SlaClockKind.FIRST_RESPONSE, 1, shanghai("2026-03-02T13:00")))
        .expectScheduledDeadline(
            MONDAY_TEN.plus(Duration.ofHours(36)),
            new SlaDeadline(SlaClockKind.RESOLUTION, 1, MONDAY_TEN.plus(Duration.ofHours(36))));
  }

  @Test
  void aClockThatStopsHasItsDeadlineCancelled() {
    fixture
        .givenCurrentTime(MONDAY_TEN)
        .andGivenCommands(submitAtTen())
        .when(
            new ReplyToCustomerCommand(
                TICKET_ID, "我们正在核实", HANDLER_ACTOR, shanghai("2026-03-02T10:30")))
        .expectNoScheduledDeadline(
            shanghai("2026-03-02T10:45"),
            new SlaDeadline(SlaClockKind.ACKNOWLEDGEMENT, 1, shanghai("2026-03-02T10:45")))
        .expectNoScheduledDeadline(
            shanghai("2026-03-02T13:00"),
            new SlaDeadline(SlaClockKind.FIRST_RESPONSE, 1, shanghai("2026-03-02T13:00")))
        .expectScheduledDeadline(
            MONDAY_TEN.plus(Duration.ofHours(36)),
            new SlaDeadline(SlaClockKind.RESOLUTION, 1, MONDAY_TEN.plus(Duration.ofHours(36))));
  }

  @Test
  void aPausedClockHasNoDeadlineAndAResumedOneGetsANewOne() {
    Instant asked = shanghai("2026-03-02T12:00");
    Instant replied = shanghai("2026-03-03T12:00");
    // 36 h reminder less the 2 h counted before the pause, from the reply
    Instant reminder = replied.plus(Duration.ofHours(34));
    fixture
        .givenCurrentTime(MONDAY_TEN)
        .andGivenCommands(
            submitAtTen(),
            new AssignTicketCommand(TICKET_ID, null, HANDLER, Set.of(), SUPERVISOR, MONDAY_TEN),
            new AcceptTicketCommand(TICKET_ID, HANDLER, "plan", HANDLER_ACTOR, MONDAY_TEN),
            new RequestInformationCommand(TICKET_ID, "照片?", HANDLER_ACTOR, asked))
        .when(
            new RecordCustomerReplyCommand(
                TICKET_ID, "照片已上传", TicketTestData.CUSTOMER_ACTOR, replied))
        .expectEventsMatching(
            payloads(
                "the reply, then the resolution clock resumed",
                p ->
                    p.size() == 2
                        && p.get(0) instanceof CustomerReplied
                        && p.get(1) instanceof SlaClockResumed))
        .expectNoScheduledDeadline(
            MONDAY_TEN.plus(Duration.ofHours(36)),
            new SlaDeadline(SlaClockKind.RESOLUTION, 1, MONDAY_TEN.plus(Duration.ofHours(36))))
        .expectScheduledDeadline(reminder, new SlaDeadline(SlaClockKind.RESOLUTION, 1, reminder));
  }

  @Test
  void deadlinesRemindThenBreachAndTheBreachesEscalateToSupervisorThenDirector() {
    fixture
        .givenCurrentTime(MONDAY_TEN)
        .andGivenCommands(submitAtTen())
        .whenTimeElapses(Duration.ofHours(49))
        .expectEventsMatching(
            payloads(
                "reminders, breaches, and escalations to the supervisor and then the director",
                p ->
                    p.stream().anyMatch(SlaReminderRaised.class::isInstance)
                        && p.stream().anyMatch(SlaBreached.class::isInstance)
                        && escalatedTo(p, EscalationLevel.SUPERVISOR)
                        && escalatedTo(p, EscalationLevel.DIRECTOR)))
        .expectNoScheduledDeadlines();
  }

  @Test
  void aDeadlineForAClockThatHasMovedOnChangesNothing() {
    fixture
        .givenCurrentTime(MONDAY_TEN)
        .andGivenCommands(
            submitAtTen(),
            new ReplyToCustomerCommand(
                TICKET_ID, "您好", HANDLER_ACTOR, shanghai("2026-03-02T10:05")))
        // the acknowledgement deadline was cancelled; were it to fire anyway, nothing is due
        .whenTimeAdvancesTo(shanghai("2026-03-02T11:30"))
        .expectEventsMatching(
            payloads(
                "no acknowledgement breach",
                p ->
                    p.stream()
                        .noneMatch(
                            e ->
                                e instanceof SlaBreached b
                                    && b.clock() == SlaClockKind.ACKNOWLEDGEMENT)));
  }
}
