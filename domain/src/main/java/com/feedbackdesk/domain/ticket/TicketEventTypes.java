package com.feedbackdesk.domain.ticket;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** The names of the ticket event types (the records' simple names), as webhooks and exports use. */
public final class TicketEventTypes {

  /** Every ticket event's type name, sorted. */
  public static final SortedSet<String> NAMES = names();

  private TicketEventTypes() {}

  private static SortedSet<String> names() {
    SortedSet<String> names = new TreeSet<>();
    collect(TicketEvent.class, names);
    return Collections.unmodifiableSortedSet(names);
  }

  private static void collect(Class<?> type, SortedSet<String> names) {
    for (Class<?> sub : type.getPermittedSubclasses()) {
      if (sub.isInterface()) {
        collect(sub, names);
      } else {
        names.add(sub.getSimpleName());
      }
    }
  }
}
