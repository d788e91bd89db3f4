package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.application.ticket.port.in.ConcurrentTicketChangeException;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Translates what Axon's ports report about the event store into the exceptions of this
 * application's inbound ports, so that nothing of the framework crosses into the adapters that call
 * them.
 */
final class StoreFailures {

  private StoreFailures() {}

  /** Runs a command against the ticket's stream. */
  static <T> T changing(TicketId ticket, Supplier<T> command) {
    try {
      return reading(command);
    } catch (ConcurrencyException | AggregateStreamCreationException e) {
      throw new ConcurrentTicketChangeException(ticket, e);
    }
  }

  /** Runs a read of the event store, or a command whose store failed. */
  static <T> T reading(Supplier<T> read) {
    try {
      return read.get();
    } catch (EventStoreException e) {
      throw new StorageUnavailableException("the event store could not be reached", e);
    }
  }
}
