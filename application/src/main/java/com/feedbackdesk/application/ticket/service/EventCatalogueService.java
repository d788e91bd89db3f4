package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.ticket.port.in.DescribeEventsUseCase;
import com.feedbackdesk.application.ticket.port.out.EventSchemaPort;
import com.feedbackdesk.application.ticket.view.EventSchema;
import java.util.List;

/** Publishes the events' schemas to those who read the history or receive its events. */
public final class EventCatalogueService implements DescribeEventsUseCase {

  private final EventSchemaPort schemas;

  public EventCatalogueService(EventSchemaPort schemas) {
    this.schemas = schemas;
  }

  @Override
  public List<EventSchema> schemas(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_EVENT_SCHEMAS);
    return schemas.schemas();
  }
}
