package com.feedbackdesk.application.ticket.port.out;

/**
 * An event's fields as JSON, exactly as the event store keeps them (docs/events.md): what a
 * ticket's history shows as each entry's {@code data}, so that the history and the store never
 * disagree.
 */
public interface TicketEventDataPort {

  /**
   * The event (a ticket's, or another aggregate's) as stored, e.g. {@code
   * {"ticketId":"6f1c…","message":"…",…}}.
   */
  String json(Object event);
}
