package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.port.out.TicketHistoryPort;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.SlaEvent;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketEventVisitor;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads one ticket as it is now, whatever the projections' lag: the stored read model, brought up
 * to date with the ticket's events that the projection has not folded in yet. The catch-up uses the
 * same fold as the projection and reads only the ticket's own stream, from the read model's version
 * on, so it costs one key lookup plus the few events of the lag.
 *
 * <p>This is how a command's response shows the ticket after that command without waiting for a
 * projection, and it works whichever instance's processor owns the ticket's segment.
 */
public final class CurrentTicketReader {

  private final TicketNumberPort numbers;
  private final TicketViewPort views;
  private final TicketHistoryPort histories;
  private final EventStore eventStore;
  private final TicketEventDataPort eventData;

  public CurrentTicketReader(
      TicketNumberPort numbers,
      TicketViewPort views,
      TicketHistoryPort histories,
      EventStore eventStore,
      TicketEventDataPort eventData) {
    this.numbers = numbers;
    this.views = views;
    this.histories = histories;
    this.eventStore = eventStore;
    this.eventData = eventData;
  }

  /** The id the reference names, if it names a ticket number that was handed out. */
  public Optional<TicketId> resolve(TicketReference reference) {
    return reference.asId().or(() -> reference.asNumber().flatMap(numbers::find));
  }

  /** The ticket's view including all its events; empty when the ticket has no events. */
  public Optional<TicketView> view(TicketId ticket) {
    TicketView stored = views.find(ticket).orElse(null);
    return StoreFailures.reading(
        () -> {
          TicketView view = stored;
          DomainEventStream tail =
              eventStore.readEvents(ticket.toString(), view == null ? 0 : view.version() + 1);
          while (tail.hasNext()) {
            DomainEventMessage<?> message = tail.next();
            if (!(message.getPayload() instanceof TicketEvent event)) {
              return Optional.<TicketView>empty(); // another aggregate's id: no such ticket
            }
            view = TicketView.fold(view, event, message.getSequenceNumber());
          }
          return Optional.ofNullable(view);
        });
  }

  /**
   * The ticket as it stood right after the event at {@code sequence} and the automatic decisions on
   * it (the keyword rules' suggestion and the SLA engine's events recorded straight after it, with
   * its time): a message about an event says what was true then, however late it is sent, and knows
   * the due times that event set.
   */
  public Optional<TicketView> viewAfter(TicketId ticket, long sequence) {
    return StoreFailures.reading(
        () -> {
          TicketView view = null;
          java.time.Instant decidedAt = null;
          DomainEventStream events = eventStore.readEvents(ticket.toString(), 0);
          while (events.hasNext()) {
            DomainEventMessage<?> message = events.peek();
            TicketEvent event = (TicketEvent) message.getPayload();
            boolean after = message.getSequenceNumber() > sequence;
            // the automatic decisions on it (the keyword rules' suggestion, the SLA engine's) are
            // recorded with it and carry its command's time
            boolean automatic =
                event instanceof SlaEvent || event instanceof ClassificationSuggested;
            if (after && !(automatic && event.at().equals(decidedAt))) {
              break;
            }
            if (message.getSequenceNumber() == sequence) {
              decidedAt = event.at();
            }
            events.next();
            view = TicketView.fold(view, event, message.getSequenceNumber());
          }
          return Optional.ofNullable(view);
        });
  }

  /**
   * The ticket as it stood at {@code asOf}: its events up to that instant (an event's time is its
   * command's), folded from the first. Empty when it did not exist yet.
   */
  public Optional<TicketView> viewAsOf(TicketId ticket, java.time.Instant asOf) {
    return StoreFailures.reading(
        () -> {
          TicketView view = null;
          DomainEventStream events = eventStore.readEvents(ticket.toString(), 0);
          while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            TicketEvent event = (TicketEvent) message.getPayload();
            if (event.at().isAfter(asOf)) {
              break;
            }
            view = TicketView.fold(view, event, message.getSequenceNumber());
          }
          return Optional.ofNullable(view);
        });
  }

  /**
   * Every ticket as it stood at {@code asOf}: the whole event stream read once, each ticket's
   * events up to that instant folded into its summary. It costs a read of the history, so it is for
   * the occasional look back, not for the live queue.
   */
  public java.util.Collection<TicketSummary> summariesAsOf(java.time.Instant asOf) {
    return StoreFailures.reading(
        () -> {
          java.util.Map<TicketId, TicketSummary> tickets = new java.util.LinkedHashMap<>();
          java.util.Set<TicketId> ended = new java.util.HashSet<>();
          try (var stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
              var message = stream.nextAvailable();
              if (!(message.getPayload() instanceof TicketEvent event)
                  || !(message instanceof DomainEventMessage<?> domain)) {
                continue;
              }
              // a ticket's events after the instant end its history then, whatever follows
              if (ended.contains(event.ticketId()) || event.at().isAfter(asOf)) {
                ended.add(event.ticketId());
                continue;
              }
              tickets.compute(
                  event.ticketId(),
                  (id, before) -> TicketSummary.fold(before, event, domain.getSequenceNumber()));
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the history", e);
          }
          return tickets.values();
        });
  }

  /** Every event of the ticket, in order, as recorded (never a snapshot in their place). */
  public List<TicketEvent> events(TicketId ticket) {
    return StoreFailures.reading(
        () -> {
          List<TicketEvent> events = new ArrayList<>();
          eventStore
              .readEvents(ticket.toString(), 0)
              .asStream()
              .forEach(message -> events.add((TicketEvent) message.getPayload()));
          return events;
        });
  }

  /** The ticket's history including all its events; empty when the ticket has no events. */
  public List<TicketHistoryEntry> history(TicketId ticket) {
    List<TicketHistoryEntry> entries = new ArrayList<>(histories.load(ticket));
    long next = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence() + 1;
    return StoreFailures.reading(
        () -> {
          eventStore
              .readEvents(ticket.toString(), next)
              .forEachRemaining(
                  message -> {
                    TicketEvent event = (TicketEvent) message.getPayload();
                    entries.add(
                        TicketHistoryEntry.of(
                            event, message.getSequenceNumber(), eventData.json(event)));
                  });
          return entries;
        });
  }

  /**
   * The ticket's history read from its events, each passed through the filter first: an event the
   * filter answers null for is left out, and what it answers is what the entry shows. For callers
   * who may not see every event as stored (customers, analysts).
   */
  public List<TicketHistoryEntry> history(TicketId ticket, TicketEventVisitor<TicketEvent> filter) {
    List<TicketHistoryEntry> entries = new ArrayList<>();
    return StoreFailures.reading(
        () -> {
          eventStore
              .readEvents(ticket.toString(), 0)
              .forEachRemaining(
                  message -> {
                    TicketEvent shown = ((TicketEvent) message.getPayload()).accept(filter);
                    if (shown != null) {
                      entries.add(
                          TicketHistoryEntry.of(
                              shown, message.getSequenceNumber(), eventData.json(shown)));
                    }
                  });
          return entries;
        });
  }
}
