package com.feedbackdesk.application.ticket.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.ticket.view.TicketNumberTakenException;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.application.ticket.view.TicketViews;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import com.feedbackdesk.domain.ticket.TicketTestData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TicketViewPort} must do; extended by each implementation's test. */
public abstract class TicketViewPortContract {

  private TicketViewPort views;

  protected abstract TicketViewPort createPort();

  @BeforeEach
  void createFreshPort() {
    views = createPort();
  }

  @Test
  void aSavedViewIsFoundAgainUnchanged() {
    TicketView view = TicketViews.viewAt(TicketStatus.CLOSED);

    views.save(view);

    assertThat(views.find(TicketTestData.TICKET_ID)).contains(view);
  }

  @Test
  void aViewWithItsClocksIsFoundAgainUnchanged() {
    List<TicketEvent> events =
        new ArrayList<>(TicketTestData.historyUntil(TicketStatus.AWAITING_CUSTOMER));
    TicketView view = TicketViews.fold(SlaTestData.withClocks(events, SlaTestData.AFTER_SALES));

    views.save(view);

    assertThat(view.clocks().clock(SlaClockKind.RESOLUTION).orElseThrow().paused()).isTrue();
    assertThat(view.summary().dueTimes())
        .as("nothing counts while the customer is asked")
        .isEmpty();
    assertThat(views.find(TicketTestData.TICKET_ID)).contains(view);
  }

  @Test
  void aNewerViewReplacesAnOlderOne() {
    views.save(TicketViews.viewAt(TicketStatus.SUBMITTED));
    TicketView newer = TicketViews.viewAt(TicketStatus.IN_PROGRESS);

    views.save(newer);

    assertThat(views.find(TicketTestData.TICKET_ID)).contains(newer);
  }

  @Test
  void anOlderOrEqualViewNeverRollsANewerOneBack() {
    TicketView newer = TicketViews.viewAt(TicketStatus.RESOLVED);
    views.save(newer);

    views.save(TicketViews.viewAt(TicketStatus.ASSIGNED));
    views.save(newer);

    assertThat(views.find(TicketTestData.TICKET_ID)).contains(newer);
  }

  @Test
  void anUnknownTicketHasNoView() {
    assertThat(views.find(TicketTestData.TICKET_ID)).isEmpty();
  }

  @Test
  void deleteAllForgetsEveryView() {
    views.save(TicketViews.viewAt(TicketStatus.SUBMITTED));

    views.deleteAll();

    assertThat(views.find(TicketTestData.TICKET_ID)).isEmpty();
  }

  @Test
  void aSecondTicketUnderANumberAlreadyTakenIsRefusedNotIgnored() {
    views.save(TicketViews.viewAt(TicketStatus.SUBMITTED));
    TicketSubmitted first = TicketTestData.submitted();
    TicketId other = new TicketId(UUID.randomUUID());
    TicketView impostor =
        TicketViews.fold(
            List.of(
                new TicketSubmitted(
                    other,
                    first.number(),
                    first.channel(),
                    first.customer(),
                    first.orderNumber(),
                    first.product(),
                    first.region(),
                    first.description(),
                    first.occurredAt(),
                    first.classification(),
                    first.customerView(),
                    first.attachments(),
                    first.actor(),
                    first.at())));

    assertThatThrownBy(() -> views.save(impostor))
        .isInstanceOf(TicketNumberTakenException.class)
        .hasMessageContaining(first.number().value());
    assertThat(views.find(other)).isEmpty();
  }
}
