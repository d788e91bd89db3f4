package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketTestData.CUSTOMER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.DAMAGED_IN_TRANSIT;
import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER;
import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.SUPERVISOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.TICKET_ID;
import static com.feedbackdesk.domain.ticket.TicketTestData.WAREHOUSE_LOGISTICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SLA engine's decisions on a ticket's life under the after-sales policy and the Shanghai
 * working week (09:00-18:00, Monday to Friday), with fixed times.
 */
class SlaClocksTest {

  private final SlaTestData.Catalogue catalogue = SlaTestData.catalogue(SlaTestData.AFTER_SALES);
  private SlaRules rules = SlaRules.of(SlaTestData.AFTER_SALES, catalogue);
  private Classification classification = DAMAGED_IN_TRANSIT; // P2
  private SlaClocks clocks =
      SlaClocks.none()
          .apply(
              new SlaPolicyApplied(
                  TICKET_ID,
                  SlaTestData.AFTER_SALES.ref(),
                  SlaClocks.ENGINE,
                  at("2026-03-02T10:00")));

  static Instant at(String shanghaiTime) {
    return LocalDateTime.parse(shanghaiTime).atZone(SlaTestData.SHANGHAI).toInstant();
  }

  /** Records a ticket event's decisions, as the ticket does; returns them. */
  private List<SlaEvent> on(TicketEvent event) {
    List<SlaEvent> decided = clocks.reactTo(event, classification, rules);
    fold(decided);
    return decided;
  }

  private void fold(List<? extends SlaEvent> events) {
    for (SlaEvent event : events) {
      clocks = clocks.apply(event);
    }
  }

  private SlaClock clock(SlaClockKind kind) {
    return clocks.clock(kind).orElseThrow();
  }

  @Test
  void registrationStartsTheClocksThePolicySetsForThePriorityInTheirOwnTime() {
    List<SlaEvent> started = on(TicketTestData.submittedAt(at("2026-03-02T17:30"), classification));

    assertThat(started)
        .extracting(event -> ((SlaClockStarted) event).clock())
        .containsExactly(
            SlaClockKind.ACKNOWLEDGEMENT, SlaClockKind.FIRST_RESPONSE, SlaClockKind.RESOLUTION);
    // 1 h of business time from Monday 17:30: half an hour on Monday, half on Tuesday morning
    assertThat(clock(SlaClockKind.ACKNOWLEDGEMENT).dueAt()).isEqualTo(at("2026-03-03T09:30"));
    assertThat(clock(SlaClockKind.ACKNOWLEDGEMENT).remindAt()).isEqualTo(at("2026-03-03T09:15"));
    // 4 h and 48 h of clock time
    assertThat(clock(SlaClockKind.FIRST_RESPONSE).dueAt()).isEqualTo(at("2026-03-02T21:30"));
    assertThat(clock(SlaClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-03-04T17:30"));
    assertThat(clock(SlaClockKind.RESOLUTION).remindAt()).isEqualTo(at("2026-03-04T05:30"));
    assertThat(clock(SlaClockKind.RESOLUTION).policy()).isEqualTo(SlaTestData.AFTER_SALES.ref());
    assertThat(clock(SlaClockKind.RESOLUTION).calendar()).isEqualTo(SlaTestData.WORKING_WEEK.ref());
  }

  @Test
  void aLowPriorityCaseRegisteredOnAFridayIsDueFiveBusinessDaysLaterNotOnWednesday() {
    classification = classification.with(null, null, Priority.P4);
    on(TicketTestData.submittedAt(at("2026-03-06T17:00"), classification));

    assertThat(clock(SlaClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-03-13T17:00"));
    assertThat(clock(SlaClockKind.RESOLUTION).budget()).isEqualTo(Duration.ofHours(45));
  }

  @Test
  void theResolutionClockPausesWhileTheCustomerIsAskedAndResumesWithWhatWasLeft() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    on(new InformationRequested(TICKET_ID, "photo?", HANDLER_ACTOR, at("2026-03-02T12:00")));

    assertThat(clock(SlaClockKind.RESOLUTION).paused()).isTrue();
    assertThat(clock(SlaClockKind.RESOLUTION).elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(clock(SlaClockKind.RESOLUTION).dueAt()).isNull();
    assertThat(clock(SlaClockKind.FIRST_RESPONSE).outcome()).isEqualTo(SlaOutcome.MET);

    List<SlaEvent> resumed =
        on(
            new CustomerReplied(
                TICKET_ID, "here", java.util.List.of(), CUSTOMER_ACTOR, at("2026-03-03T12:00")));

    assertThat(resumed).hasSize(1).first().isInstanceOf(SlaClockResumed.class);
    // 48 h less the 2 h counted, from Tuesday noon: Thursday 10:00, a day later than unpaused
    assertThat(clock(SlaClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-03-05T10:00"));
    assertThat(
            clock(SlaClockKind.RESOLUTION)
                .elapsedAt(at("2026-03-03T14:00"), SlaTestData.WORKING_WEEK))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void stoppingBeforeTheLimitMeetsItAndAfterItBreachesIt() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    on(assignedAt(at("2026-03-02T10:30")));

    assertThat(clock(SlaClockKind.ACKNOWLEDGEMENT).outcome()).isEqualTo(SlaOutcome.MET);
    assertThat(clock(SlaClockKind.ACCEPTANCE).counting()).isTrue();

    on(
        new TicketResolved(
            TICKET_ID,
            ResolutionType.EXCHANGE,
            "sent a new one",
            null,
            null,
            HANDLER_ACTOR,
            at("2026-03-05T10:00")));

    assertThat(clock(SlaClockKind.FIRST_RESPONSE).outcome()).isEqualTo(SlaOutcome.BREACHED);
    assertThat(clock(SlaClockKind.RESOLUTION).outcome()).isEqualTo(SlaOutcome.BREACHED);
    assertThat(clock(SlaClockKind.ACCEPTANCE).outcome()).isEqualTo(SlaOutcome.CANCELLED);
    assertThat(clock(SlaClockKind.CONFIRMATION).counting()).isTrue();
  }

  @Test
  void eachAssignmentStartsANewAcceptanceRunAndCancelsTheOneBefore() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    on(assignedAt(at("2026-03-02T10:10")));
    on(assignedAt(at("2026-03-02T10:20")));

    assertThat(clock(SlaClockKind.ACCEPTANCE).run()).isEqualTo(2);
    assertThat(clock(SlaClockKind.ACCEPTANCE).dueAt()).isEqualTo(at("2026-03-02T11:20"));

    on(new TicketAccepted(TICKET_ID, HANDLER, "plan", HANDLER_ACTOR, at("2026-03-02T11:00")));

    assertThat(clock(SlaClockKind.ACCEPTANCE).outcome()).isEqualTo(SlaOutcome.MET);
  }

  @Test
  void aReopenedTicketGetsFreshClocksWithTheReopeningLimitsNeverItsOldDueTime() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    on(
        new TicketResolved(
            TICKET_ID,
            ResolutionType.REFUND,
            "refunded",
            null,
            null,
            HANDLER_ACTOR,
            at("2026-03-02T11:00")));
    List<SlaEvent> reopened =
        on(new TicketReopened(TICKET_ID, "still broken", 1, SUPERVISOR, at("2026-03-10T10:00")));

    assertThat(reopened)
        .filteredOn(SlaClockStopped.class::isInstance)
        .extracting(event -> ((SlaClockStopped) event).outcome())
        .containsOnly(SlaOutcome.CANCELLED);
    assertThat(clock(SlaClockKind.RESOLUTION).run()).isEqualTo(2);
    // the policy's reopening limits for P2: resolution 24 h, first response 2 h, from the reopening
    assertThat(clock(SlaClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-03-11T10:00"));
    assertThat(clock(SlaClockKind.FIRST_RESPONSE).dueAt()).isEqualTo(at("2026-03-10T12:00"));
  }

  @Test
  void aHigherPriorityRetargetsTheRunningClocksFromWhenTheyStarted() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    classification = classification.with(null, null, Priority.P1);
    List<SlaEvent> retargeted =
        on(
            new TicketClassified(
                TICKET_ID, DAMAGED_IN_TRANSIT, classification, SUPERVISOR, at("2026-03-02T12:00")));

    assertThat(retargeted)
        .filteredOn(SlaClockRetargeted.class::isInstance)
        .extracting(event -> ((SlaClockRetargeted) event).cause())
        .containsOnly(SlaRetargetCause.RECLASSIFIED);
    // P1 resolves in 24 h: from 10:00 Monday, whatever the reclassification's time
    assertThat(clock(SlaClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-03-03T10:00"));
    assertThat(clock(SlaClockKind.FIRST_RESPONSE).dueAt()).isEqualTo(at("2026-03-02T12:00"));
  }

  @Test
  void aClockPastItsReminderShareIsRemindedAndPastItsLimitBreached() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    Instant three = at("2026-03-02T13:00");

    List<SlaEvent> atThree = clocks.dueAt(TICKET_ID, three);

    assertThat(atThree)
        .containsExactly(
            new SlaReminderRaised(
                TICKET_ID,
                SlaClockKind.ACKNOWLEDGEMENT,
                1,
                at("2026-03-02T11:00"),
                null,
                SlaClocks.ENGINE,
                three),
            new SlaBreached(
                TICKET_ID,
                SlaClockKind.ACKNOWLEDGEMENT,
                1,
                at("2026-03-02T11:00"),
                SlaClocks.ENGINE,
                three),
            new SlaReminderRaised(
                TICKET_ID,
                SlaClockKind.FIRST_RESPONSE,
                1,
                at("2026-03-02T14:00"),
                null,
                SlaClocks.ENGINE,
                three));
    fold(atThree);
    assertThat(clocks.breaches()).isEqualTo(1);
    assertThat(clocks.dueAt(TICKET_ID, at("2026-03-02T13:30"))).as("nothing twice").isEmpty();
  }

  @Test
  void aSupervisorMayExtendTheResolutionLimitUpToThirtyBusinessDaysAndNoFurther() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    Instant noon = at("2026-03-02T12:00");
    // 48 h of clock time may become 30 days: due 1 April, before 30 business days (10 April) end
    SlaEvent extended =
        clocks.extend(
            SlaClockKind.RESOLUTION,
            SlaTarget.parse("30d"),
            "needs a lab test",
            rules,
            classification,
            TICKET_ID,
            SUPERVISOR,
            noon);

    assertThatThrownBy(
            () ->
                clocks.extend(
                    SlaClockKind.RESOLUTION,
                    SlaTarget.parse("45d"),
                    "longer",
                    rules,
                    classification,
                    TICKET_ID,
                    SUPERVISOR,
                    noon))
        .isInstanceOf(SlaExtensionRefusedException.class)
        .hasMessageContaining("at most 30bd");
    assertThatThrownBy(
            () ->
                clocks.extend(
                    SlaClockKind.RESOLUTION,
                    SlaTarget.parse("20bd"),
                    "other basis",
                    rules,
                    classification,
                    TICKET_ID,
                    SUPERVISOR,
                    noon))
        .isInstanceOf(SlaExtensionRefusedException.class)
        .hasMessageContaining("counts calendar time");
    assertThatThrownBy(
            () ->
                clocks.extend(
                    SlaClockKind.RESOLUTION,
                    SlaTarget.parse("24h"),
                    "shorter",
                    rules,
                    classification,
                    TICKET_ID,
                    SUPERVISOR,
                    noon))
        .isInstanceOf(SlaExtensionRefusedException.class)
        .hasMessageContaining("longer than");
    assertThatThrownBy(
            () ->
                clocks.extend(
                    SlaClockKind.FIRST_RESPONSE,
                    SlaTarget.parse("8h"),
                    "longer",
                    rules,
                    classification,
                    TICKET_ID,
                    SUPERVISOR,
                    noon))
        .isInstanceOf(SlaExtensionRefusedException.class)
        .hasMessageContaining("does not allow");

    fold(List.of(extended));
    SlaClockRetargeted retargeted = (SlaClockRetargeted) extended;
    assertThat(retargeted.cause()).isEqualTo(SlaRetargetCause.EXTENDED);
    assertThat(retargeted.actor()).isEqualTo(SUPERVISOR);
    assertThat(retargeted.note()).isEqualTo("needs a lab test");
    assertThat(clock(SlaClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-04-01T10:00"));
  }

  @Test
  void anotherPolicyVersionAndANewCalendarRetargetOpenClocksAndKeepWhatTheyCounted() {
    on(TicketTestData.submittedAt(at("2026-03-02T10:00"), classification));
    on(new InformationRequested(TICKET_ID, "photo?", HANDLER_ACTOR, at("2026-03-02T12:00")));
    SlaPolicy stricter =
        new SlaPolicy(
            new VersionRef("after-sales", 2),
            "stricter",
            "cn-mainland",
            75,
            Map.of(Priority.P2, Map.of(SlaClockKind.RESOLUTION, SlaTarget.parse("36h"))),
            Map.of(),
            List.of(),
            Set.of(),
            null);
    catalogue.activate(stricter);
    rules = SlaRules.of(stricter, catalogue);

    List<SlaEvent> moved =
        clocks.retargetTo(rules, classification, TICKET_ID, at("2026-03-03T09:00"));
    fold(moved);

    assertThat(moved.get(0))
        .isEqualTo(
            new SlaPolicyApplied(
                TICKET_ID, stricter.ref(), SlaClocks.ENGINE, at("2026-03-03T09:00")));
    assertThat(clock(SlaClockKind.RESOLUTION).target()).isEqualTo(SlaTarget.parse("36h"));
    assertThat(clock(SlaClockKind.RESOLUTION).elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(clock(SlaClockKind.RESOLUTION).paused()).isTrue();
    assertThat(clock(SlaClockKind.ACKNOWLEDGEMENT).outcome())
        .as("a stopped clock keeps its result")
        .isEqualTo(SlaOutcome.BREACHED);
    assertThat(clocks.policy()).isEqualTo(stricter.ref());

    // a holiday loaded for Thursday: the business clocks move to the new calendar version
    BusinessCalendar withHoliday =
        new BusinessCalendar(
            new VersionRef("cn-mainland", 2),
            SlaTestData.SHANGHAI,
            SlaTestData.WORKING_WEEK.week(),
            Map.of(LocalDate.of(2026, 3, 5), "holiday"),
            Map.<LocalDate, DayOfWeek>of());
    catalogue.add(withHoliday);
    rules = SlaRules.of(stricter, catalogue);
    List<SlaEvent> recomputed =
        clocks.retargetTo(rules, classification, TICKET_ID, at("2026-03-03T10:00"));

    assertThat(recomputed)
        .extracting(event -> ((SlaClockRetargeted) event).cause())
        .containsOnly(SlaRetargetCause.CALENDAR_CHANGED);
    fold(recomputed);
    assertThat(clocks.retargetTo(rules, classification, TICKET_ID, at("2026-03-03T11:00")))
        .as("nothing left to move")
        .isEmpty();
  }

  private static TicketAssigned assignedAt(Instant at) {
    return new TicketAssigned(
        TICKET_ID, WAREHOUSE_LOGISTICS, HANDLER, List.of(), true, SUPERVISOR, at);
  }
}
