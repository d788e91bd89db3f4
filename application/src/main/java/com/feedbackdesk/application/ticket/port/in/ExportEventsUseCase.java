package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.ticket.view.EventExport;
import com.feedbackdesk.application.ticket.view.EventExportQuery;

/** The event history for analysts, in the order of the global stream. */
public interface ExportEventsUseCase {

  /**
   * Opens an export: the caller's permission and the query are checked now, the events are read as
   * the export is iterated (a batch at a time, so any size streams in constant memory), up to the
   * events there are when it reaches the end. Close it when done.
   *
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException for callers who are
   *     not analysts
   */
  EventExport open(Caller caller, EventExportQuery query);
}
