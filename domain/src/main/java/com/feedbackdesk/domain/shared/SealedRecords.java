package com.feedbackdesk.domain.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The records a sealed interface permits: how the kinds of event are found, so none is missed. */
public final class SealedRecords {

  private SealedRecords() {}

  /** The records the sealed interface permits, through the sealed interfaces among them. */
  public static <T> List<Class<? extends T>> of(Class<T> sealed) {
    List<Class<? extends T>> found = new ArrayList<>();
    collect(sealed, sealed, found);
    return List.copyOf(found);
  }

  private static <T> void collect(Class<?> sealed, Class<T> type, List<Class<? extends T>> found) {
    for (Class<?> sub : sealed.getPermittedSubclasses()) {
      if (sub.isInterface()) {
        collect(sub, type, found);
      } else {
        found.add(sub.asSubclass(type));
      }
    }
  }

  /** The types' simple names, sorted. */
  public static SortedSet<String> names(List<? extends Class<?>> types) {
    SortedSet<String> names = new TreeSet<>();
    types.forEach(type -> names.add(type.getSimpleName()));
    return Collections.unmodifiableSortedSet(names);
  }
}
