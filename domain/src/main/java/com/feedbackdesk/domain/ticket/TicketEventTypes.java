package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.SealedRecords;
import java.util.List;
import java.util.SortedSet;

/**
 * The ticket event types: the records the sealed {@link TicketEvent} permits (through its sealed
 * sub-interfaces too), and their names as webhooks, the export and the schemas use them.
 */
public final class TicketEventTypes {

  /** Every ticket event record, in the order the sealed interfaces declare them. */
  public static final List<Class<? extends TicketEvent>> RECORDS =
      SealedRecords.of(TicketEvent.class);

  /** Every ticket event's type name (the record's simple name), sorted. */
  public static final SortedSet<String> NAMES = SealedRecords.names(RECORDS);

  private TicketEventTypes() {}
}
