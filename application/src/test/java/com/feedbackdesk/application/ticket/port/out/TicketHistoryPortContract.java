package com.feedbackdesk.application.ticket.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TicketHistoryPort} must do; extended by each implementation's test. */
public abstract class TicketHistoryPortContract {

  private static final TicketId OTHER = new TicketId(UUID.randomUUID());
  private TicketHistoryPort histories;

  protected abstract TicketHistoryPort createPort();

  @BeforeEach
  void createFreshPort() {
    histories = createPort();
  }

  private static TicketHistoryEntry entry(long sequence) {
    return new TicketHistoryEntry(
        sequence,
        "ReplyPosted",
        Instant.parse("2024-05-20T02:00:00Z").plusSeconds(sequence),
        Actor.agent("li.na"),
        "{\"message\":\"第" + sequence + "条\",\"amount\":39.90}");
  }

  @Test
  void entriesComeBackInSequenceOrderWhateverTheOrderTheyWereRecordedIn() {
    for (long sequence : new long[] {2, 0, 11, 1, 10}) {
      histories.record(TicketTestData.TICKET_ID, entry(sequence));
    }

    assertThat(histories.load(TicketTestData.TICKET_ID))
        .containsExactly(entry(0), entry(1), entry(2), entry(10), entry(11));
  }

  @Test
  void recordingAnEntryTwiceKeepsOne() {
    histories.record(TicketTestData.TICKET_ID, entry(0));
    histories.record(TicketTestData.TICKET_ID, entry(0));

    assertThat(histories.load(TicketTestData.TICKET_ID)).containsExactly(entry(0));
  }

  @Test
  void ticketsHaveSeparateHistories() {
    histories.record(TicketTestData.TICKET_ID, entry(0));
    histories.record(OTHER, entry(0));
    histories.record(OTHER, entry(1));

    assertThat(histories.load(TicketTestData.TICKET_ID)).hasSize(1);
    assertThat(histories.load(OTHER)).hasSize(2);
  }

  @Test
  void anUnknownTicketHasAnEmptyHistory() {
    assertThat(histories.load(TicketTestData.TICKET_ID)).isEmpty();
  }

  @Test
  void deleteAllForgetsEveryHistory() {
    histories.record(TicketTestData.TICKET_ID, entry(0));

    histories.deleteAll();

    assertThat(histories.load(TicketTestData.TICKET_ID)).isEmpty();
  }
}
