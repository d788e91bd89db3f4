package com.feedbackdesk.bootstrap;

import static com.feedbackdesk.domain.ticket.TicketTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  private final Serializer serializer = EventJson.serializer();

  /** One event of every type. */
  private static List<TicketEvent> everyEvent() {
    List<TicketEvent> events = new ArrayList<>(historyUntil(TicketStatus.CLOSED));
    events.add(informationRequested());
    events.add(customerReplied());
    events.add(reopened(2));
    events.add(escalated(EscalationLevel.HANDLER, EscalationLevel.DIRECTOR));
    events.add(new ReplyPosted(TICKET_ID, "您好", HANDLER_ACTOR, LATER));
    events.add(new InternalNoteAdded(TICKET_ID, "note", HANDLER_ACTOR, LATER));
    events.add(
        new com.feedbackdesk.domain.ticket.TicketClassified(
            TICKET_ID, DAMAGED_IN_TRANSIT, DAMAGED_IN_TRANSIT, SUPERVISOR, LATER));
    return events;
  }

  @Test
  void everyEventTypeIsCovered() {
    assertThat(everyEvent().stream().map(Object::getClass).distinct())
        .hasSize(TicketEvent.class.getPermittedSubclasses().length);
  }

  @Test
  void everyEventReadsBackEqualToWhatWasWritten() {
    for (TicketEvent event : everyEvent()) {
      SerializedObject<String> json = serializer.serialize(event, String.class);

      Object read = serializer.deserialize(json);

      assertThat(read).as(json.getData()).isEqualTo(event);
      assertThat(json.getType().getRevision()).isEqualTo("1");
    }
  }

  @Test
  void singleValuesAreWrittenAsValuesTimesAsIsoStringsAndAmountsExactly() {
    String submitted = serializer.serialize(submitted(), String.class).getData();
    String resolved = serializer.serialize(resolved(), String.class).getData();
    String assigned =
        serializer
            .serialize(
                new TicketAssigned(
                    TICKET_ID, TECHNICAL, null, List.of(LEGAL), false, SUPERVISOR, LATER),
                String.class)
            .getData();

    assertThat(submitted)
        .contains("\"ticketId\":\"" + TICKET_ID + "\"")
        .contains("\"number\":\"FW20240520001\"")
        .contains("\"at\":\"2024-05-20T02:00:00Z\"")
        .contains("\"actor\":{\"kind\":\"CUSTOMER\",\"id\":\"C10086\"}");
    assertThat(resolved).contains("\"amount\":{\"amount\":39.90,\"currency\":\"CNY\"}");
    assertThat(assigned)
        .contains("\"department\":\"TECHNICAL\"")
        .contains("\"supportingDepartments\":[\"LEGAL\"]");
  }

  @Test
  void fieldsAddedByANewerVersionAreIgnoredWhenReading() {
    SerializedObject<String> json = serializer.serialize(customerReplied(), String.class);
    String newer = json.getData().replaceFirst("\\{", "{\"channelMessageId\":\"wx-123\",");

    Object read =
        serializer.deserialize(new SimpleSerializedObject<>(newer, String.class, json.getType()));

    assertThat(read).isEqualTo(customerReplied());
  }
}
