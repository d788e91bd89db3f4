package com.feedbackdesk.application.ticket.port.out;

import com.feedbackdesk.application.ticket.view.EventSchema;
import java.util.List;

/**
 * The JSON Schema of each ticket event's payload, derived from the same JSON mapping the event
 * store writes with, so that the published schemas and the stored events cannot disagree.
 */
public interface EventSchemaPort {

  /** One schema per event type, sorted by type. */
  List<EventSchema> schemas();
}
