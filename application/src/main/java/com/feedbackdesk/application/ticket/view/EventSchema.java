package com.feedbackdesk.application.ticket.view;

/**
 * An event type's payload schema.
 *
 * @param type the event type, e.g. {@code TicketResolved}
 * @param revision the payload revision the schema describes (docs/events.md)
 * @param schema the JSON Schema (draft 2020-12) as JSON text
 */
public record EventSchema(String type, String revision, String schema) {}
