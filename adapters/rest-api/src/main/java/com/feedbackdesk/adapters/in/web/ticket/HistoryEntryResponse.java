package com.feedbackdesk.adapters.in.web.ticket;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "One event in a ticket's history.")
record HistoryEntryResponse(
    @Schema(description = "Position in the ticket's event stream, from 0.", example = "0")
        long sequence,
    @Schema(
            description = "The event's name; docs/events.md lists them all.",
            example = "TicketSubmitted")
        String type,
    @Schema(description = "When it happened.", example = "2024-05-20T02:00:00Z") Instant occurredAt,
    ActorPayload actor,
    @Schema(
            description = "The event's fields, exactly as stored in the event store.",
            type = "object",
            types = {"object"},
            example =
                "{\"ticketId\":\"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f\",\"message\":\"请提供破损照片\"}")
        @JsonRawValue
        String data) {

  static HistoryEntryResponse of(TicketHistoryEntry entry) {
    return new HistoryEntryResponse(
        entry.sequence(),
        entry.type(),
        entry.occurredAt(),
        ActorPayload.of(entry.actor()),
        entry.data());
  }
}
