package com.feedbackdesk.application.notification.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.notification.model.InboxMessage;
import com.feedbackdesk.application.notification.model.InboxPage;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerInboxPort} must do; extended by each implementation's test. */
public abstract class CustomerInboxPortContract {

  private static final Instant T0 = Instant.parse("2024-05-20T03:00:00Z");
  private final TicketId ticket = TicketId.parse(UUID.randomUUID().toString());

  private CustomerInboxPort inbox;

  protected abstract CustomerInboxPort createPort();

  @BeforeEach
  void setUp() {
    inbox = createPort();
  }

  private InboxMessage message(String id, String customer, int minute) {
    return new InboxMessage(
        id,
        customer,
        ticket,
        "FW20240520001",
        MessagePurpose.REPLY,
        "回复 " + id,
        "text " + id,
        "<p>" + id + "</p>",
        T0.plusSeconds(60L * minute),
        null);
  }

  @Test
  void aCustomerSeesTheirOwnMessagesNewestFirstAndEachOnce() {
    inbox.deliver(message("m1", "C1", 1));
    inbox.deliver(message("m2", "C1", 2));
    inbox.deliver(message("m1", "C1", 1));
    inbox.deliver(message("x", "C2", 3));

    InboxPage page = inbox.list("C1", false, 0, 10);
    assertThat(page.items()).extracting(InboxMessage::id).containsExactly("m2", "m1");
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.unread()).isEqualTo(2);
    assertThat(inbox.list("C1", false, 1, 1).items())
        .extracting(InboxMessage::id)
        .containsExactly("m1");
    assertThat(inbox.list("nobody", false, 0, 10).items()).isEmpty();
  }

  @Test
  void readingMarksOnceAndADeliveryAgainKeepsTheMark() {
    inbox.deliver(message("m1", "C1", 1));
    inbox.deliver(message("m2", "C1", 2));

    InboxMessage read = inbox.markRead("C1", "m1", T0.plusSeconds(600)).orElseThrow();
    assertThat(read.readAt()).isEqualTo(T0.plusSeconds(600));
    assertThat(inbox.markRead("C1", "m1", T0.plusSeconds(900)).orElseThrow().readAt())
        .isEqualTo(T0.plusSeconds(600));
    inbox.deliver(message("m1", "C1", 1));

    assertThat(inbox.list("C1", true, 0, 10).items())
        .extracting(InboxMessage::id)
        .containsExactly("m2");
    assertThat(inbox.list("C1", false, 0, 10).unread()).isEqualTo(1);
    assertThat(inbox.markRead("C2", "m1", T0)).as("not C2's message").isEmpty();
    assertThat(inbox.markRead("C1", "nope", T0)).isEmpty();
  }
}
