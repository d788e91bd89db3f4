package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;

/**
 * One event of the history as analysts get it: its global position (to resume after), type and
 * payload revision, ticket and sequence number in the ticket's stream, actor, time, and the payload
 * as the store keeps it (JSON, docs/events.md).
 */
public record ExportedEvent(
    long position,
    String type,
    String revision,
    TicketId ticketId,
    long sequence,
    Actor actor,
    Instant at,
    String data) {}
