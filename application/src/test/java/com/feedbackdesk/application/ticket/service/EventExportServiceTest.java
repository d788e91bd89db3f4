package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.domain.ticket.TicketTestData.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.ticket.port.in.TicketSubmission;
import com.feedbackdesk.application.ticket.view.EventExport;
import com.feedbackdesk.application.ticket.view.EventExportQuery;
import com.feedbackdesk.application.ticket.view.ExportedEvent;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event history as analysts export it: in order, resumable, filtered, pseudonymized. */
class EventExportServiceTest {

  private static final Instant NOW = Instant.parse("2024-05-20T02:00:00Z");
  private static final Caller ANALYST = Caller.staff("zhao.min", null, Role.ANALYST);

  private InMemoryTicketServices services;
  private TicketView first;
  private TicketView second;

  @BeforeEach
  void start() {
    services = new InMemoryTicketServices(NOW);
    first = submit("收到的包裹外箱破损，杯子碎了。");
    second = submit("快递三天没动了。");
  }

  @AfterEach
  void stop() {
    services.close();
  }

  private TicketView submit(String description) {
    return services
        .commands
        .submit(
            Caller.customer(CUSTOMER.id()),
            new TicketSubmission(
                Channel.APP,
                CUSTOMER,
                "SO-1",
                null,
                "上海",
                null,
                null,
                null,
                description,
                NOW,
                null))
        .ticket();
  }

  private List<ExportedEvent> export(EventExportQuery query) {
    List<ExportedEvent> events = new ArrayList<>();
    try (EventExport export = services.exports.open(ANALYST, query)) {
      export.forEachRemaining(events::add);
    }
    return events;
  }

  private long stored(TicketId ticket) {
    return services.axon.eventStore().readEvents(ticket.toString()).asStream().count();
  }

  @Test
  void everyEventComesOnceInTheStreamsOrderWithItsPositionTypeAndRevision() {
    List<ExportedEvent> all = export(new EventExportQuery(null, null, null, null, null));

    assertThat(all).hasSize((int) (stored(first.summary().id()) + stored(second.summary().id())));
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).position()).isGreaterThan(all.get(i - 1).position());
    }
    ExportedEvent submitted = all.get(0);
    assertThat(submitted.type()).isEqualTo("TicketSubmitted");
    assertThat(submitted.revision()).isEqualTo("3");
    assertThat(submitted.sequence()).isZero();
    assertThat(submitted.ticketId()).isEqualTo(first.summary().id());
    assertThat(submitted.aggregateType()).isEqualTo("Ticket");
    assertThat(submitted.aggregateId()).isEqualTo(first.summary().id().toString());
    // an analyst sees the customer pseudonymized, as in a ticket's history
    assertThat(submitted.data())
        .doesNotContain(CUSTOMER.email() == null ? "@" : CUSTOMER.email())
        .doesNotContain(CUSTOMER.phone() == null ? "+86" : CUSTOMER.phone());
  }

  @Test
  void anExportResumesAfterTheLastPositionItGaveWithNothingMissingOrRepeated() {
    List<ExportedEvent> all = export(new EventExportQuery(null, null, null, null, null));
    List<ExportedEvent> head = export(new EventExportQuery(null, null, null, null, 3));
    List<ExportedEvent> rest =
        export(new EventExportQuery(head.get(2).position(), null, null, null, null));

    List<ExportedEvent> joined = new ArrayList<>(head);
    joined.addAll(rest);
    assertThat(joined).isEqualTo(all);
  }

  @Test
  void typesAndATicketFilterTheExport() {
    assertThat(export(new EventExportQuery(null, null, Set.of("TicketSubmitted"), null, null)))
        .extracting(ExportedEvent::ticketId)
        .containsExactly(first.summary().id(), second.summary().id());
    assertThat(export(new EventExportQuery(null, null, null, second.summary().id(), null)))
        .hasSize((int) stored(second.summary().id()))
        .allSatisfy(e -> assertThat(e.ticketId()).isEqualTo(second.summary().id()));
  }

  @Test
  void onlyAnalystsExportAndAnUnknownTypeIsBadInput() {
    EventExportQuery everything = new EventExportQuery(null, null, null, null, null);
    assertThatThrownBy(
            () ->
                services.exports.open(Caller.staff("chen.jing", null, Role.SUPERVISOR), everything))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(() -> services.exports.open(Caller.customer(CUSTOMER.id()), everything))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(
            () ->
                services.exports.open(
                    ANALYST, new EventExportQuery(null, null, Set.of("TicketEaten"), null, null)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("TicketEaten");
    assertThatThrownBy(() -> new EventExportQuery(-1L, null, null, null, null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new EventExportQuery(3L, NOW, null, null, null))
        .isInstanceOf(InvalidValueException.class);
  }
}
