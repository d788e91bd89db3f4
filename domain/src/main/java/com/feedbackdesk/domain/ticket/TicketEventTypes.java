package com.feedbackdesk.domain.ticket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ticket event types: the records the sealed {@link TicketEvent} permits (through its sealed
 * sub-interfaces too), and their names as webhooks, the export and the schemas use them.
 */
public final class TicketEventTypes {

  /** Every ticket event record, in the order the sealed interfaces declare them. */
  public static final List<Class<? extends TicketEvent>> RECORDS = records(TicketEvent.class);

  /** Every ticket event's type name (the record's simple name), sorted. */
  public static final SortedSet<String> NAMES = names();

  private TicketEventTypes() {}

  private static List<Class<? extends TicketEvent>> records(Class<?> sealed) {
    List<Class<? extends TicketEvent>> found = new ArrayList<>();
    for (Class<?> sub : sealed.getPermittedSubclasses()) {
      if (sub.isInterface()) {
        found.addAll(records(sub));
      } else {
        found.add(sub.asSubclass(TicketEvent.class));
      }
    }
    return List.copyOf(found);
  }

  private static SortedSet<String> names() {
    SortedSet<String> names = new TreeSet<>();
    RECORDS.forEach(type -> names.add(type.getSimpleName()));
    return Collections.unmodifiableSortedSet(names);
  }
}
