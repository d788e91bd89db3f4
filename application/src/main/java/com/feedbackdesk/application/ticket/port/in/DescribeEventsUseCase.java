package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.ticket.view.EventSchema;
import java.util.List;

/** The event catalogue as schemas: what analysts and integrators parse the history with. */
public interface DescribeEventsUseCase {

  List<EventSchema> schemas(Caller caller);
}
