package com.feedbackdesk.domain;

import com.feedbackdesk.domain.aftersales.AfterSalesEvent;
import com.feedbackdesk.domain.improvement.ImprovementEvent;
import com.feedbackdesk.domain.shared.SealedRecords;
import com.feedbackdesk.domain.ticket.TicketEventTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Every kind of event the domain records, of every aggregate: what the event store holds, the
 * export streams and the catalogue describes.
 */
public final class DomainEventTypes {

  /** The improvement project's event records. */
  public static final List<Class<? extends ImprovementEvent>> IMPROVEMENT =
      SealedRecords.of(ImprovementEvent.class);

  /** The after-sales application's event records. */
  public static final List<Class<? extends AfterSalesEvent>> AFTER_SALES =
      SealedRecords.of(AfterSalesEvent.class);

  /** Every event record: the ticket's, the improvement project's, the application's. */
  public static final List<Class<? extends Record>> ALL = all();

  /** Every event type's name (the record's simple name), sorted. */
  public static final SortedSet<String> NAMES = SealedRecords.names(ALL);

  private DomainEventTypes() {}

  private static List<Class<? extends Record>> all() {
    List<Class<? extends Record>> all = new ArrayList<>();
    TicketEventTypes.RECORDS.forEach(type -> all.add(type.asSubclass(Record.class)));
    IMPROVEMENT.forEach(type -> all.add(type.asSubclass(Record.class)));
    AFTER_SALES.forEach(type -> all.add(type.asSubclass(Record.class)));
    return List.copyOf(all);
  }
}
