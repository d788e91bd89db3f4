package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.TicketEvent;
import java.time.Instant;

/**
 * One event of a ticket's history as people and analysts read it.
 *
 * @param sequence the event's position in the ticket's stream, from 0
 * @param type the event's name, e.g. {@code TicketSubmitted} (see docs/events.md)
 * @param occurredAt when it happened
 * @param actor who caused it
 * @param data the event's fields as JSON, exactly as stored in the event store
 */
public record TicketHistoryEntry(
    long sequence, String type, Instant occurredAt, Actor actor, String data) {

  /**
   * The entry for the ticket's event at this position.
   *
   * @param data the event as the event store keeps it, so the history and the store never disagree
   */
  public static TicketHistoryEntry of(TicketEvent event, long sequence, String data) {
    return new TicketHistoryEntry(
        sequence, event.getClass().getSimpleName(), event.at(), event.actor(), data);
  }
}
