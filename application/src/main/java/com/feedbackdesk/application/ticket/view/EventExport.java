package com.feedbackdesk.application.ticket.view;

import java.util.Iterator;

/** An export of the event history under way: iterate it, then close it. */
public interface EventExport extends Iterator<ExportedEvent>, AutoCloseable {

  @Override
  void close();
}
