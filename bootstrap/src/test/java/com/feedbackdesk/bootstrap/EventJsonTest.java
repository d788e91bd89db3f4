package com.feedbackdesk.bootstrap;

import static com.feedbackdesk.domain.ticket.TicketTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.SlaBreached;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaClockPaused;
import com.feedbackdesk.domain.ticket.SlaClockResumed;
import com.feedbackdesk.domain.ticket.SlaClockRetargeted;
import com.feedbackdesk.domain.ticket.SlaClockStarted;
import com.feedbackdesk.domain.ticket.SlaClockStopped;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.SlaOutcome;
import com.feedbackdesk.domain.ticket.SlaPolicyApplied;
import com.feedbackdesk.domain.ticket.SlaReminderRaised;
import com.feedbackdesk.domain.ticket.SlaRetargetCause;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketEventTypes;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  private final Serializer serializer = EventJson.serializer();

  /** One event of every type. */
  static List<TicketEvent> everyEvent() {
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
    // a default route with the routing's version
    events.add(
        new TicketAssigned(
            TICKET_ID, TECHNICAL, null, List.of(), true, routing().version(), SUPERVISOR, LATER));
    // the customer loop's, with every field set
    events.add(
        new com.feedbackdesk.domain.ticket.TicketResolved(
            TICKET_ID,
            com.feedbackdesk.domain.ticket.ResolutionType.COMPENSATION,
            "赔偿优惠券",
            com.feedbackdesk.domain.ticket.Money.of("20.00", "CNY"),
            null,
            "承运方运输挤压",
            "易碎品改用加厚包装",
            LATER.plus(Duration.ofDays(7)),
            HANDLER_ACTOR,
            LATER));
    events.add(
        new com.feedbackdesk.domain.ticket.TicketClosureAnnounced(
            TICKET_ID, LATER.plus(Duration.ofDays(7)), Actor.system("auto-closure"), LATER));
    events.add(
        new com.feedbackdesk.domain.ticket.TicketClosed(
            TICKET_ID,
            "赔偿优惠券",
            com.feedbackdesk.domain.ticket.ClosureReason.CONFIRMATION_TIMEOUT,
            Actor.system("auto-closure"),
            LATER));
    events.add(
        new com.feedbackdesk.domain.ticket.ReturnVisitRecorded(
            TICKET_ID,
            true,
            com.feedbackdesk.domain.ticket.ContactChannel.PHONE,
            false,
            "又坏了",
            FRONTLINE,
            LATER));
    events.add(
        new com.feedbackdesk.domain.ticket.ReturnVisitRecorded(
            TICKET_ID,
            false,
            com.feedbackdesk.domain.ticket.ContactChannel.SMS,
            null,
            null,
            FRONTLINE,
            LATER));
    events.add(
        new com.feedbackdesk.domain.ticket.ClassificationReviewed(
            TICKET_ID,
            "2024-05",
            "sha256:0123456789ab",
            com.feedbackdesk.domain.ticket.Category.CQ02,
            false,
            com.feedbackdesk.domain.ticket.Category.CQ01,
            "the goods were faulty, not the delivery",
            FRONTLINE,
            LATER));
    // the SLA engine's, with every field set (durations, versions, deadline ids)
    VersionRef policy = new VersionRef("after-sales", 2);
    VersionRef calendar = new VersionRef("cn-mainland", 3);
    Instant due = LATER.plus(Duration.ofHours(45));
    events.add(new SlaPolicyApplied(TICKET_ID, policy, SlaClocks.ENGINE, LATER));
    events.add(
        new SlaClockStarted(
            TICKET_ID,
            SlaClockKind.RESOLUTION,
            1,
            policy,
            calendar,
            SlaTarget.parse("5bd"),
            Duration.ofHours(45),
            due,
            LATER.plusSeconds(3600),
            "d-1",
            SlaClocks.ENGINE,
            LATER));
    events.add(
        new SlaClockPaused(
            TICKET_ID,
            SlaClockKind.RESOLUTION,
            1,
            Duration.ofMinutes(90),
            SlaClocks.ENGINE,
            LATER));
    events.add(
        new SlaClockResumed(
            TICKET_ID, SlaClockKind.RESOLUTION, 1, due, null, "d-2", SlaClocks.ENGINE, LATER));
    events.add(
        new SlaClockRetargeted(
            TICKET_ID,
            SlaClockKind.RESOLUTION,
            1,
            SlaRetargetCause.EXTENDED,
            policy,
            calendar,
            SlaTarget.parse("30bd"),
            Duration.ofHours(270),
            Duration.ofMinutes(90),
            due,
            null,
            "d-3",
            "needs a lab test",
            SUPERVISOR,
            LATER));
    events.add(
        new SlaReminderRaised(
            TICKET_ID, SlaClockKind.RESOLUTION, 1, due, "d-4", SlaClocks.ENGINE, LATER));
    events.add(
        new SlaBreached(TICKET_ID, SlaClockKind.RESOLUTION, 1, due, SlaClocks.ENGINE, LATER));
    events.add(
        new SlaClockStopped(
            TICKET_ID,
            SlaClockKind.RESOLUTION,
            1,
            SlaOutcome.BREACHED,
            Duration.ofHours(50),
            SlaClocks.ENGINE,
            LATER));
    return events;
  }

  @Test
  void submissionsAndRepliesStoredBeforeAttachmentsReadWithNone() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = EventJson.objectMapper();
    var replied =
        new com.feedbackdesk.domain.ticket.CustomerReplied(
            TICKET_ID,
            "照片已上传",
            List.of(
                new com.feedbackdesk.domain.attachment.AttachmentRef(
                    "0b6f6a8e-5d1c-4f3e-9a57-2f1e4c8d9b10",
                    "破损照片.jpg",
                    "image/jpeg",
                    482_133,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
            CUSTOMER_ACTOR,
            LATER);
    String written = serializer.serialize(replied, String.class).getData();
    assertThat(written)
        .contains(
            "\"attachments\":[{\"id\":\"0b6f6a8e-5d1c-4f3e-9a57-2f1e4c8d9b10\",\"fileName\":\"破损照片.jpg\","
                + "\"contentType\":\"image/jpeg\",\"size\":482133,\"sha256\":");
    Object again =
        serializer.deserialize(
            new org.axonframework.serialization.SimpleSerializedObject<>(
                written,
                String.class,
                com.feedbackdesk.domain.ticket.CustomerReplied.class.getName(),
                "2"));
    assertThat(again).isEqualTo(replied);
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(written);
    tree.remove("attachments");

    Object read =
        serializer.deserialize(
            new org.axonframework.serialization.SimpleSerializedObject<>(
                json.writeValueAsString(tree),
                String.class,
                com.feedbackdesk.domain.ticket.CustomerReplied.class.getName(),
                "1"));

    assertThat(read)
        .isInstanceOfSatisfying(
            com.feedbackdesk.domain.ticket.CustomerReplied.class,
            r -> {
              assertThat(r.message()).isEqualTo("照片已上传");
              assertThat(r.attachments()).isEmpty();
            });
  }

  @Test
  void eventsOfAnEarlierRevisionReadAsTheyWereMeant() throws Exception {
    // revision 1 of TicketResolved had no responsibility, improvements or closing time, and every
    // revision 1 TicketClosed was a customer's acceptance
    com.fasterxml.jackson.databind.ObjectMapper json = EventJson.objectMapper();
    var resolvedTree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(serializer.serialize(resolved(), String.class).getData());
    resolvedTree.remove(List.of("responsibility", "improvements", "closesUnconfirmedAt"));
    var closedTree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(
                serializer
                    .serialize(
                        new com.feedbackdesk.domain.ticket.TicketClosed(
                            TICKET_ID, "补发", CUSTOMER_ACTOR, LATER),
                        String.class)
                    .getData());
    closedTree.remove("reason");
    String resolved = json.writeValueAsString(resolvedTree);
    String closed = json.writeValueAsString(closedTree);

    Object readResolved =
        serializer.deserialize(
            new org.axonframework.serialization.SimpleSerializedObject<>(
                resolved,
                String.class,
                com.feedbackdesk.domain.ticket.TicketResolved.class.getName(),
                "1"));
    Object readClosed =
        serializer.deserialize(
            new org.axonframework.serialization.SimpleSerializedObject<>(
                closed,
                String.class,
                com.feedbackdesk.domain.ticket.TicketClosed.class.getName(),
                "1"));

    assertThat(readResolved)
        .isInstanceOfSatisfying(
            com.feedbackdesk.domain.ticket.TicketResolved.class,
            r -> {
              assertThat(r.summary()).isEqualTo(resolved().summary());
              assertThat(r.improvements()).isNull();
              assertThat(r.closesUnconfirmedAt()).isNull();
            });
    assertThat(readClosed)
        .isInstanceOfSatisfying(
            com.feedbackdesk.domain.ticket.TicketClosed.class,
            c ->
                assertThat(c.reason())
                    .isEqualTo(com.feedbackdesk.domain.ticket.ClosureReason.CONFIRMED_BY_CUSTOMER));
  }

  /** One event of every type of every aggregate: the tickets', then the improvement projects'. */
  static List<Object> everyDomainEvent() {
    List<Object> events = new ArrayList<>(everyEvent());
    com.feedbackdesk.domain.improvement.ImprovementProjectId project =
        com.feedbackdesk.domain.improvement.ImprovementProjectId.forHotSpot(
            java.time.YearMonth.of(2024, 5),
            com.feedbackdesk.domain.improvement.ImprovementSubject.PRODUCT,
            "蓝牙耳机 A1");
    events.add(
        new com.feedbackdesk.domain.improvement.ImprovementProjectRaised(
            project,
            "2024-05",
            com.feedbackdesk.domain.improvement.ImprovementSubject.PRODUCT,
            "蓝牙耳机 A1",
            "蓝牙耳机 A1",
            61,
            0.0612,
            0.05,
            java.time.LocalDate.of(2024, 7, 1),
            com.feedbackdesk.domain.shared.Actor.system("month-close"),
            LATER));
    events.add(
        new com.feedbackdesk.domain.improvement.ImprovementProjectStarted(
            project, TECHNICAL, "li.na", "更换电池供应商", SUPERVISOR, LATER));
    events.add(
        new com.feedbackdesk.domain.improvement.ImprovementProgressRecorded(
            project, "新批次抽检合格", SUPERVISOR, LATER));
    events.add(
        new com.feedbackdesk.domain.improvement.ImprovementProjectCompleted(
            project, "续航投诉下降 60%", SUPERVISOR, LATER));
    events.addAll(afterSalesEvents());
    return events;
  }

  /** One event of every type of the after-sales application, with every field set. */
  static List<Object> afterSalesEvents() {
    var id = new com.feedbackdesk.domain.aftersales.ApplicationId(java.util.UUID.randomUUID());
    var price = new com.feedbackdesk.domain.ticket.Money(new java.math.BigDecimal("299.00"), "CNY");
    var line =
        new com.feedbackdesk.domain.aftersales.OrderLineFacts(
            "SO-2026-000123",
            "1",
            "BT-A1-BLK",
            "蓝牙耳机 A1",
            "ELECTRONICS",
            2,
            price,
            LATER.minus(Duration.ofDays(3)),
            LATER.minus(Duration.ofDays(2)));
    var policy = com.feedbackdesk.domain.aftersales.AfterSalesApplication.POLICY;
    return List.of(
        new com.feedbackdesk.domain.aftersales.AfterSalesApplied(
            id,
            new com.feedbackdesk.domain.aftersales.ApplicationNumber("SH20240520001"),
            id.ticket(),
            com.feedbackdesk.domain.ticket.Channel.APP,
            new com.feedbackdesk.domain.ticket.Customer("C10086", null, null, null, "zh-CN", null),
            line,
            com.feedbackdesk.domain.aftersales.Remedy.RETURN,
            com.feedbackdesk.domain.aftersales.ApplicationReason.NO_REASON,
            1,
            "不想要了",
            List.of(
                new com.feedbackdesk.domain.attachment.AttachmentRef(
                    "a-1", "破损照片.jpg", "image/jpeg", 48_213, "0".repeat(64))),
            com.feedbackdesk.domain.shared.Actor.customer("C10086"),
            LATER),
        new com.feedbackdesk.domain.aftersales.AfterSalesReviewed(
            id,
            com.feedbackdesk.domain.aftersales.ReviewDecision.ACCEPTED,
            com.feedbackdesk.domain.aftersales.DecidedBy.RULES,
            "sha256:0123456789ab",
            "cn-mainland@1",
            List.of(
                new com.feedbackdesk.domain.aftersales.RuleOutcome(
                    com.feedbackdesk.domain.aftersales.PolicyRule.NO_REASON_WINDOW,
                    com.feedbackdesk.domain.aftersales.RuleVerdict.PASSED,
                    "签收后第 2 天申请")),
            null,
            TECHNICAL,
            "li.na",
            LATER.plus(Duration.ofDays(7)),
            policy,
            LATER),
        new com.feedbackdesk.domain.aftersales.ReturnShipped(
            id, "顺丰速运", "SF1234567890", LATER.plus(Duration.ofDays(3)), policy, LATER),
        new com.feedbackdesk.domain.aftersales.AfterSalesHandlingStarted(
            id, "li.na", SUPERVISOR, LATER),
        new com.feedbackdesk.domain.aftersales.AfterSalesCompleted(
            id,
            com.feedbackdesk.domain.ticket.ResolutionType.RETURN,
            "已退款",
            price,
            com.feedbackdesk.domain.aftersales.DecidedBy.PERSON,
            SUPERVISOR,
            LATER),
        new com.feedbackdesk.domain.aftersales.AfterSalesWithdrawn(
            id, "不退了", com.feedbackdesk.domain.shared.Actor.customer("C10086"), LATER),
        new com.feedbackdesk.domain.aftersales.AfterSalesLapsed(
            id, LATER, com.feedbackdesk.domain.aftersales.AfterSalesApplication.TIMEOUT, LATER));
  }

  @Test
  void everyEventTypeIsCovered() {
    assertThat(everyDomainEvent().stream().map(Object::getClass).distinct())
        .hasSize(com.feedbackdesk.domain.DomainEventTypes.ALL.size());
    assertThat(everyEvent().stream().map(Object::getClass).distinct())
        .hasSize(TicketEventTypes.RECORDS.size());
  }

  @Test
  void everyEventReadsBackEqualToWhatWasWritten() {
    for (Object event : everyDomainEvent()) {
      SerializedObject<String> json = serializer.serialize(event, String.class);

      Object read = serializer.deserialize(json);

      assertThat(read).as(json.getData()).isEqualTo(event);
      assertThat(json.getType().getRevision())
          .isEqualTo(event.getClass().getAnnotation(Revision.class).value());
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
