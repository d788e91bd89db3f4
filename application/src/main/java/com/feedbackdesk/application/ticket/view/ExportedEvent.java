package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;

/**
 * One event of the history as analysts get it: its global position (to resume after), type and
 * payload revision, aggregate (a ticket, an improvement project) and sequence number in its stream,
 * actor, time, and the payload as the store keeps it (JSON, docs/events.md).
 *
 * @param aggregateType {@code Ticket} or {@code ImprovementProject}
 * @param ticketId the ticket, for a ticket's event; null for another aggregate's
 * @param origin where the event came from when not from the service's own work: {@code seed} for a
 *     generated history (the seed command); null otherwise
 */
public record ExportedEvent(
    long position,
    String type,
    String revision,
    String aggregateType,
    String aggregateId,
    TicketId ticketId,
    long sequence,
    Actor actor,
    Instant at,
    String origin,
    String data) {}
