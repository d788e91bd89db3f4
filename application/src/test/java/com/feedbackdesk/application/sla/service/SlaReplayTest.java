package com.feedbackdesk.application.sla.service;

import static com.feedbackdesk.domain.ticket.TicketTestData.CUSTOMER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER;
import static com.feedbackdesk.domain.ticket.TicketTestData.HANDLER_ACTOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.SUPERVISOR;
import static com.feedbackdesk.domain.ticket.TicketTestData.TICKET_ID;
import static com.feedbackdesk.domain.ticket.TicketTestData.WAREHOUSE_LOGISTICS;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaOutcome;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import com.feedbackdesk.domain.ticket.SlaRules;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketResolved;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import com.feedbackdesk.domain.ticket.TicketTestData;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "What would these closed tickets have attained under policy version N" is answered by deciding
 * their recorded lifecycle afresh: under the version they had, it gives what was recorded.
 */
class SlaReplayTest {

  private static Instant at(String shanghaiTime) {
    return LocalDateTime.parse(shanghaiTime).atZone(SlaTestData.SHANGHAI).toInstant();
  }

  /** A P2 registered Monday 10:00, resolved Wednesday 16:00 (54 h later), closed Thursday. */
  private static List<TicketEvent> closedTicket() {
    TicketSubmitted submitted =
        TicketTestData.submittedAt(at("2026-03-02T10:00"), TicketTestData.DAMAGED_IN_TRANSIT);
    return List.of(
        submitted,
        new ClassificationSuggested(
            TICKET_ID,
            TicketTestData.DAMAGED_IN_TRANSIT,
            List.of(),
            SUPERVISOR,
            at("2026-03-02T10:00")),
        new TicketAssigned(
            TICKET_ID,
            WAREHOUSE_LOGISTICS,
            HANDLER,
            List.of(),
            true,
            SUPERVISOR,
            at("2026-03-02T10:20")),
        new TicketAccepted(TICKET_ID, HANDLER, "plan", HANDLER_ACTOR, at("2026-03-02T10:40")),
        new TicketResolved(
            TICKET_ID,
            ResolutionType.RESEND,
            "resent",
            null,
            null,
            HANDLER_ACTOR,
            at("2026-03-04T16:00")),
        new CustomerConfirmationRecorded(
            TICKET_ID, true, Satisfaction.SATISFIED, null, CUSTOMER_ACTOR, at("2026-03-05T10:00")),
        new TicketClosed(TICKET_ID, "resent", CUSTOMER_ACTOR, at("2026-03-05T10:00")));
  }

  private static SlaOutcome outcome(List<SlaClock> runs, SlaClockKind kind) {
    return runs.stream().filter(r -> r.kind() == kind).reduce((a, b) -> b).orElseThrow().outcome();
  }

  @Test
  void underTheVersionItHadTheReplayEndsAsRecorded() {
    List<TicketEvent> recorded = SlaTestData.withClocks(closedTicket(), SlaTestData.AFTER_SALES);
    SlaRules rules =
        SlaRules.of(SlaTestData.AFTER_SALES, SlaTestData.catalogue(SlaTestData.AFTER_SALES));

    List<SlaClock> replayed = SlaQueryService.replay(recorded, rules);
    List<SlaClock> again = SlaQueryService.replay(closedTicket(), rules);

    assertThat(replayed).isEqualTo(again).as("the recorded SLA events play no part");
    assertThat(outcome(replayed, SlaClockKind.RESOLUTION)).isEqualTo(SlaOutcome.BREACHED);
    assertThat(outcome(replayed, SlaClockKind.ACKNOWLEDGEMENT)).isEqualTo(SlaOutcome.MET);
    assertThat(outcome(replayed, SlaClockKind.ACCEPTANCE)).isEqualTo(SlaOutcome.MET);
  }

  @Test
  void underALaxerVersionTheSameLifecycleMeetsItsResolutionLimit() {
    SlaPolicy laxer =
        new SlaPolicy(
            new VersionRef("after-sales", 2),
            "three business days for P2",
            "cn-mainland",
            75,
            Map.of(Priority.P2, Map.of(SlaClockKind.RESOLUTION, SlaTarget.parse("3bd"))),
            Map.of(),
            List.of(),
            Set.of(),
            null);
    SlaRules rules = SlaRules.of(laxer, SlaTestData.catalogue(laxer));

    List<SlaClock> replayed =
        SlaQueryService.replay(
            SlaTestData.withClocks(closedTicket(), SlaTestData.AFTER_SALES), rules);

    // Monday 10:00 to Wednesday 16:00 is 2 working days and 6 hours: within 27 business hours
    assertThat(outcome(replayed, SlaClockKind.RESOLUTION)).isEqualTo(SlaOutcome.MET);
    assertThat(replayed).extracting(SlaClock::policy).containsOnly(laxer.ref());
    assertThat(replayed).extracting(SlaClock::kind).containsExactly(SlaClockKind.RESOLUTION);
  }
}
