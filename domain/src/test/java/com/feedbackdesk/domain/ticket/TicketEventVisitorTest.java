package com.feedbackdesk.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The visitor that every fold of events implements has a method for every event and nothing else,
 * and each event is handed to its own method: so a fold that does not say what an event does to it
 * cannot compile (ADR 0013).
 */
class TicketEventVisitorTest {

  /** Every event record: the permitted subclasses, and theirs for a sealed sub-interface. */
  private static final List<Class<?>> EVENTS = records(TicketEvent.class);

  private static List<Class<?>> records(Class<?> sealed) {
    List<Class<?>> found = new ArrayList<>();
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isRecord()) {
        found.add(permitted);
      } else {
        found.addAll(records(permitted));
      }
    }
    return found;
  }

  @Test
  void theVisitorHasOneAbstractMethodForEveryEventAndNoDefaults() {
    List<Class<?>> handled = new ArrayList<>();
    for (Method method : TicketEventVisitor.class.getDeclaredMethods()) {
      assertThat(method.isDefault()).as("%s is a default method", method).isFalse();
      assertThat(method.getName()).isEqualTo("on");
      assertThat(method.getParameterCount()).isEqualTo(1);
      handled.add(method.getParameterTypes()[0]);
    }

    assertThat(handled).containsExactlyInAnyOrderElementsOf(EVENTS);
  }

  @Test
  void everyEventIsHandedToTheVisitorsMethodForItsOwnType() throws Exception {
    List<Class<?>> visited = new ArrayList<>();
    @SuppressWarnings("unchecked")
    TicketEventVisitor<Object> recorder =
        (TicketEventVisitor<Object>)
            Proxy.newProxyInstance(
                TicketEventVisitor.class.getClassLoader(),
                new Class<?>[] {TicketEventVisitor.class},
                (proxy, method, arguments) -> {
                  visited.add(method.getParameterTypes()[0]);
                  return method.getParameterTypes()[0];
                });

    for (Class<?> type : EVENTS) {
      Object answer = anInstanceOf(type).accept(recorder);

      assertThat(answer).as(type.getSimpleName()).isEqualTo(type);
    }
    assertThat(visited).containsExactlyElementsOf(EVENTS);
  }

  /** An event of the type with every field at its default: events are facts and never validate. */
  private static TicketEvent anInstanceOf(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = defaultOf(types[i]);
    }
    return (TicketEvent) type.getDeclaredConstructor(types).newInstance(values);
  }

  /** Null, or a primitive's zero (what an array of the type holds before anything is stored). */
  private static Object defaultOf(Class<?> type) {
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
  }
}
