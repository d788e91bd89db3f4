package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A ticket as a work queue lists it.")
record TicketSummaryResponse(
    @Schema(description = "The ticket's id.", example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
        UUID id,
    @Schema(description = "The ticket's number.", example = "FW20240520001") String number,
    @Schema(example = "IN_PROGRESS") TicketStatus status,
    @Schema(example = "APP") Channel channel,
    @Schema(example = "COMPLAINT") TicketType type,
    @Schema(example = "CQ02") Category category,
    @Schema(example = "P2") Priority priority,
    CustomerPayload customer,
    @Schema(example = "SO-2024-000123") String orderNumber,
    @Schema(description = "The product the feedback is about, if named.", example = "蓝牙耳机 A1")
        String product,
    @Schema(example = "Shanghai") String region,
    @Schema(description = "Lead department, once assigned.", example = "WAREHOUSE_LOGISTICS")
        String department,
    @Schema(description = "Handler, once named.", example = "li.na") String assignee,
    @Schema(description = "Departments supporting the lead department.", example = "[\"LEGAL\"]")
        List<String> supportingDepartments,
    @Schema(description = "Who answers for the ticket.", example = "HANDLER")
        EscalationLevel escalationLevel,
    @Schema(description = "How often the ticket was reopened.", example = "0") int reopenCount,
    @Schema(description = "When the ticket was registered.", example = "2024-05-20T02:00:00Z")
        Instant submittedAt,
    @Schema(description = "When the customer complained.", example = "2024-05-20T01:30:00Z")
        Instant occurredAt,
    @Schema(
            description =
                "The earliest due time of the ticket's SLA clocks counting now (acknowledgement,"
                    + " acceptance, first response, resolution...), measured on the business"
                    + " calendar where the policy says so; the queue is ordered by it. Null when no"
                    + " clock counts (resolved, or awaiting the customer).",
            example = "2024-05-22T02:00:00Z")
        Instant dueAt,
    @Schema(description = "When the ticket last changed.", example = "2024-05-20T03:00:00Z")
        Instant updatedAt,
    @Schema(
            description = "Sequence number of the ticket's latest event; grows with every change.",
            example = "4")
        long version) {

  static TicketSummaryResponse of(TicketSummary summary) {
    return new TicketSummaryResponse(
        summary.id().value(),
        summary.number().value(),
        summary.status(),
        summary.channel(),
        summary.classification().type(),
        summary.classification().category(),
        summary.classification().priority(),
        CustomerPayload.of(summary.customer()),
        summary.orderNumber(),
        summary.product(),
        summary.region(),
        summary.department() == null ? null : summary.department().code(),
        summary.assignee(),
        summary.supportingDepartments().stream().map(Department::code).toList(),
        summary.escalationLevel(),
        summary.reopenCount(),
        summary.submittedAt(),
        summary.occurredAt(),
        summary.dueAt(),
        summary.updatedAt(),
        summary.version());
  }
}
