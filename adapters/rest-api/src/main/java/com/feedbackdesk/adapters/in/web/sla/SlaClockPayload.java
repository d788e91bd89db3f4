package com.feedbackdesk.adapters.in.web.sla;

import com.feedbackdesk.application.sla.view.SlaClockEntry;
import com.feedbackdesk.domain.sla.TimeBasis;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One run of an SLA clock, as the ticket view and the breaches and at-risk lists show it. */
@Schema(
    description = "One run of an SLA clock on a ticket: its limit, due time and what it counted.")
public record SlaClockPayload(
    @Schema(description = "The ticket's id.", example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
        String ticketId,
    @Schema(description = "The ticket's number.", example = "FW20240520001") String ticketNumber,
    @Schema(example = "IN_PROGRESS") TicketStatus ticketStatus,
    @Schema(example = "P2") Priority priority,
    @Schema(description = "The lead department.", example = "WAREHOUSE_LOGISTICS")
        String department,
    @Schema(example = "li.na") String assignee,
    @Schema(example = "RESOLUTION") SlaClockKind clock,
    @Schema(description = "Counts this clock's starts on the ticket from 1.", example = "1")
        int run,
    @Schema(
            description =
                "COUNTING, PAUSED (the ticket awaits the customer), or how it ended: MET, BREACHED"
                    + " (passed its limit) or CANCELLED (no longer applies).",
            example = "COUNTING",
            allowableValues = {"COUNTING", "PAUSED", "MET", "BREACHED", "CANCELLED"})
        String state,
    @Schema(
            description = "The limit: 24h (clock time), 4h business, 5bd (business days).",
            example = "48h")
        String target,
    @Schema(description = "Whether nights, weekends and holidays count.", example = "CALENDAR")
        TimeBasis basis,
    @Schema(description = "The policy version the limit comes from.", example = "after-sales@1")
        String policy,
    @Schema(description = "The calendar version business time follows.", example = "cn-mainland@1")
        String calendar,
    @Schema(example = "2024-05-20T02:00:00Z") Instant startedAt,
    @Schema(
            description =
                "When the limit is reached if the clock keeps counting; null while paused.",
            example = "2024-05-22T02:00:00Z")
        Instant dueAt,
    @Schema(description = "When it was found past its limit.") Instant breachedAt,
    @Schema(description = "When it stopped.") Instant stoppedAt,
    @Schema(description = "Time of its basis counted so far, ISO-8601.", example = "PT5H30M")
        String elapsed,
    @Schema(
            description = "What is left of the limit, ISO-8601; negative once past it.",
            example = "PT42H30M")
        String remaining) {

  public static SlaClockPayload of(SlaClockEntry entry) {
    Department department = entry.department();
    return new SlaClockPayload(
        entry.ticketId().toString(),
        entry.number().value(),
        entry.status(),
        entry.priority(),
        department == null ? null : department.code(),
        entry.assignee(),
        entry.clock(),
        entry.run(),
        entry.state(),
        entry.target(),
        entry.basis(),
        entry.policy(),
        entry.calendar(),
        entry.startedAt(),
        entry.dueAt(),
        entry.breachedAt(),
        entry.stoppedAt(),
        entry.elapsed().truncatedTo(ChronoUnit.SECONDS).toString(),
        entry.remaining().truncatedTo(ChronoUnit.SECONDS).toString());
  }
}
