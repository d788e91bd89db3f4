package com.feedbackdesk.application.ticket.view;

import static com.feedbackdesk.domain.ticket.TicketTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.ClosureReason;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketViewTest {

  @Test
  void aSubmittedTicketShowsWhatWasSubmittedAndIsDueByItsEarliestClock() {
    TicketView view =
        TicketViews.fold(
            SlaTestData.withClocks(historyUntil(TicketStatus.SUBMITTED), SlaTestData.AFTER_SALES));

    assertThat(view.summary().number()).isEqualTo(NUMBER);
    assertThat(view.summary().status()).isEqualTo(TicketStatus.SUBMITTED);
    assertThat(view.summary().classification()).isEqualTo(DAMAGED_IN_TRANSIT);
    assertThat(view.summary().occurredAt()).isEqualTo(OCCURRED_AT);
    assertThat(view.summary().submittedAt()).isEqualTo(SUBMITTED_AT);
    // acknowledgement: an hour of business time from Monday 10:00 in Shanghai
    assertThat(view.summary().dueAt()).isEqualTo(SUBMITTED_AT.plus(Duration.ofHours(1)));
    assertThat(view.summary().dueTimes())
        .containsEntry(SlaClockKind.RESOLUTION, SUBMITTED_AT.plus(Duration.ofHours(48)));
    assertThat(view.clocks().policy()).isEqualTo(SlaTestData.AFTER_SALES.ref());
    assertThat(view.clocks().all())
        .extracting(SlaClock::kind)
        .containsExactly(
            SlaClockKind.ACKNOWLEDGEMENT, SlaClockKind.FIRST_RESPONSE, SlaClockKind.RESOLUTION);
    assertThat(view.description()).isEqualTo(DESCRIPTION);
    assertThat(view.suggestion().matchedRules()).containsExactly("damaged-parcel");
    assertThat(view.version()).isEqualTo(5);
  }

  @Test
  void aClosedTicketCarriesItsResolutionVerdictAndSummaryAndIsDueOnlyForItsReturnVisit() {
    List<TicketEvent> events =
        SlaTestData.withClocks(historyUntil(TicketStatus.CLOSED), SlaTestData.AFTER_SALES);
    TicketView view = TicketViews.fold(events);

    assertThat(view.summary().status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(view.summary().department()).isEqualTo(WAREHOUSE_LOGISTICS);
    assertThat(view.summary().assignee()).isEqualTo(HANDLER);
    // the return visit: three business days after the resolution (Monday 10:00 → Thursday 10:00)
    assertThat(view.summary().dueTimes()).containsOnlyKeys(SlaClockKind.RETURN_VISIT);
    assertThat(view.summary().dueAt()).isEqualTo(SUBMITTED_AT.plus(Duration.ofDays(3)));
    assertThat(view.plan()).isEqualTo("已联系物流方核实");
    assertThat(view.resolution().type()).isEqualTo(ResolutionType.RESEND);
    assertThat(view.resolution().amount()).isEqualTo(Money.of("39.90", "CNY"));
    assertThat(view.resolution().resolvedBy()).isEqualTo(HANDLER_ACTOR);
    assertThat(view.confirmation().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(view.handlingSummary()).isEqualTo(resolve().summary());
    assertThat(view.summary().updatedAt()).isEqualTo(SUBMITTED_AT);
    assertThat(view.version()).isEqualTo(events.size() - 1);
    assertThat(view.clocks().all())
        .allMatch(clock -> !clock.open() || clock.kind() == SlaClockKind.RETURN_VISIT);
    assertThat(view.closureReason()).isEqualTo(ClosureReason.CONFIRMED_BY_CUSTOMER);
  }

  @Test
  void reopeningClearsTheClosureButKeepsTheLastResolutionAndCountsTheReopening() {
    List<TicketEvent> events = new ArrayList<>(historyUntil(TicketStatus.CLOSED));
    events.add(reopened(1));
    events.add(escalated(EscalationLevel.HANDLER, EscalationLevel.SUPERVISOR));

    TicketView view = TicketViews.fold(SlaTestData.withClocks(events, SlaTestData.AFTER_SALES));

    assertThat(view.summary().status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(view.summary().reopenCount()).isEqualTo(1);
    assertThat(view.summary().escalationLevel()).isEqualTo(EscalationLevel.SUPERVISOR);
    assertThat(view.summary().dueAt()).isNotNull();
    assertThat(view.clocks().clock(SlaClockKind.RESOLUTION).orElseThrow().run()).isEqualTo(2);
    assertThat(view.handlingSummary()).isNull();
    assertThat(view.closedAt()).isNull();
    assertThat(view.resolution()).isNotNull();
  }

  @Test
  void aReassignmentDropsThePreviousHandlersPlan() {
    List<TicketEvent> events = new ArrayList<>(historyUntil(TicketStatus.IN_PROGRESS));
    events.add(
        new com.feedbackdesk.domain.ticket.TicketAssigned(
            TICKET_ID, TECHNICAL, "wang.lei", List.of(LEGAL), false, Actor.agent("boss"), LATER));

    TicketView view = TicketViews.fold(events);

    assertThat(view.summary().status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(view.summary().assignee()).isEqualTo("wang.lei");
    assertThat(view.summary().supportingDepartments()).containsExactly(LEGAL);
    assertThat(view.plan()).isNull();
    assertThat(view.acceptedAt()).isNull();
    assertThat(view.summary().updatedAt()).isEqualTo(LATER);
  }

  @Test
  void anEventThatIsNotTheNextOneIsRefused() {
    TicketView view = TicketViews.viewAt(TicketStatus.ASSIGNED);
    assertThatThrownBy(() -> TicketView.fold(view, accepted(), view.version() + 2))
        .isInstanceOf(TicketEventOutOfOrderException.class);
    assertThatThrownBy(() -> TicketView.fold(view, accepted(), view.version()))
        .isInstanceOf(TicketEventOutOfOrderException.class);
    assertThatThrownBy(() -> TicketView.fold(null, accepted(), 0))
        .isInstanceOf(TicketEventOutOfOrderException.class);
    assertThatThrownBy(() -> TicketSummary.fold(null, submitted(), 1))
        .isInstanceOf(TicketEventOutOfOrderException.class);
  }
}
