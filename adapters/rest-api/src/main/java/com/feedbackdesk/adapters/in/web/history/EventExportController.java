package com.feedbackdesk.adapters.in.web.history;

import com.feedbackdesk.adapters.in.web.RequestValues;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.ticket.port.in.DescribeEventsUseCase;
import com.feedbackdesk.application.ticket.port.in.ExportEventsUseCase;
import com.feedbackdesk.application.ticket.view.EventExport;
import com.feedbackdesk.application.ticket.view.EventExportQuery;
import com.feedbackdesk.application.ticket.view.ExportedEvent;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The event history for analysts, as NDJSON: one event a line, in the global stream's order. */
@RestController
@Tag(
    name = "Event history",
    description = "The complete event history, streamed for analysts to replay into analyses.")
class EventExportController {

  static final String NDJSON = "application/x-ndjson";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ExportEventsUseCase exports;
  private final DescribeEventsUseCase catalogue;

  EventExportController(ExportEventsUseCase exports, DescribeEventsUseCase catalogue) {
    this.exports = exports;
    this.catalogue = catalogue;
  }

  @Schema(description = "An event type's payload schema.")
  record EventSchemaResponse(
      @Schema(example = "TicketResolved") String type,
      @Schema(description = "The payload revision it describes.", example = "2") String revision,
      @Schema(description = "The JSON Schema (draft 2020-12) of the payload (the line's data).")
          JsonNode schema) {}

  @Operation(
      summary = "List the events' JSON Schemas",
      description =
          "One JSON Schema per event type, with the payload revision it describes, derived from"
              + " the mapping the event store writes with (docs/events.md).")
  @GetMapping(path = "/api/v1/events/schemas", produces = MediaType.APPLICATION_JSON_VALUE)
  List<EventSchemaResponse> schemas(@Parameter(hidden = true) Caller caller) {
    return catalogue.schemas(caller).stream()
        .map(s -> new EventSchemaResponse(s.type(), s.revision(), JSON.readTree(s.schema())))
        .toList();
  }

  @Schema(description = "One line of the export (the payload is the event as stored).")
  record ExportedEventLine(
      @Schema(
              description = "The event's global position: resume with after=<it>.",
              example = "1042")
          long position,
      @Schema(example = "TicketResolved") String type,
      @Schema(description = "The payload's revision (docs/events.md).", example = "2")
          String revision,
      @Schema(
              description = "Whose event it is.",
              allowableValues = {"Ticket", "ImprovementProject"})
          String aggregateType,
      @Schema(
              description = "The ticket's or the improvement project's id.",
              example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
          String aggregateId,
      @Schema(
              description = "The ticket, for a ticket's event; null for another aggregate's.",
              example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
          String ticketId,
      @Schema(description = "The event's number in its aggregate's stream, from 0.", example = "7")
          long sequence,
      @Schema(example = "{\"kind\":\"AGENT\",\"id\":\"li.na\"}") Object actor,
      @Schema(example = "2024-05-20T03:00:00Z") Instant at,
      @Schema(
              description =
                  "Present only for events not from the service's own work: seed for a"
                      + " generated history (the seed command).",
              example = "seed")
          String origin,
      @Schema(description = "The event's fields as stored.") Object data) {}

  @Operation(
      summary = "Export the event history",
      description =
          "Streams the events as NDJSON (one JSON object a line) in the order of the global"
              + " stream, up to the events stored when the export reaches its end. Resume an"
              + " interrupted export with after=<the last position received>; start from an"
              + " instant with since=; filter by type (repeatable) and ticket; limit caps the"
              + " lines. Any size streams in constant memory. Customers are pseudonymized for"
              + " analysts. A failure after the first line ends the stream early: resume after the"
              + " last complete line.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The events, one a line.",
              content =
                  @Content(
                      mediaType = NDJSON,
                      schema = @Schema(implementation = ExportedEventLine.class))))
  @GetMapping(path = "/api/v1/events", produces = NDJSON)
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "Resume after this global position.", example = "1042")
          @RequestParam(required = false)
          Long after,
      @Parameter(
              description = "Start with the events stored from this instant.",
              example = "2024-05-01T00:00:00Z")
          @RequestParam(required = false)
          String since,
      @Parameter(description = "Only events of these types.", example = "TicketResolved")
          @RequestParam(name = "type", required = false)
          Set<String> type,
      @Parameter(description = "Only this ticket's events (its id).")
          @RequestParam(required = false)
          String ticket,
      @Parameter(description = "At most this many lines.") @RequestParam(required = false)
          Integer limit) {
    EventExportQuery query =
        new EventExportQuery(
            after, RequestValues.instant("since", since), type, ticketId(ticket), limit);
    EventExport export = exports.open(caller, query);
    StreamingResponseBody body =
        out -> {
          try (export) {
            write(export, out);
          }
        };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
  }

  private static void write(EventExport export, OutputStream out) throws java.io.IOException {
    int since = 0;
    while (export.hasNext()) {
      ExportedEvent event = export.next();
      try (JsonGenerator json = JSON.createGenerator(new NonClosing(out))) {
        json.writeStartObject();
        json.writeNumberProperty("position", event.position());
        json.writeStringProperty("type", event.type());
        json.writeStringProperty("revision", event.revision());
        json.writeStringProperty("aggregateType", event.aggregateType());
        json.writeStringProperty("aggregateId", event.aggregateId());
        json.writeStringProperty(
            "ticketId", event.ticketId() == null ? null : event.ticketId().toString());
        json.writeNumberProperty("sequence", event.sequence());
        Actor actor = event.actor();
        json.writeName("actor");
        json.writeStartObject();
        json.writeStringProperty("kind", actor.kind().name());
        json.writeStringProperty("id", actor.id());
        json.writeEndObject();
        json.writeStringProperty("at", event.at().toString());
        if (event.origin() != null) {
          json.writeStringProperty("origin", event.origin());
        }
        json.writeName("data");
        json.writeRawValue(event.data());
        json.writeEndObject();
      }
      out.write('\n');
      if (++since == 500) {
        out.flush();
        since = 0;
      }
    }
    out.flush();
  }

  private static TicketId ticketId(String ticket) {
    if (ticket == null || ticket.isBlank()) {
      return null;
    }
    if (!TicketId.looksLikeId(ticket)) {
      throw new InvalidValueException("ticket", "not a ticket id: '" + ticket + "'");
    }
    return TicketId.parse(ticket);
  }

  /** The response's stream, which each line's generator must not close. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
