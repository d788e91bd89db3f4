package com.feedbackdesk.application.seed;

import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.domain.ticket.TicketEvent;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Writes a generated month of feedback ({@link MonthOfFeedback}) into the event store, for trying
 * the analysis on realistic data: each ticket's events as one append, numbered by the store's own
 * allocation so that they never clash with real tickets, stored now (their messages' timestamps,
 * which {@code since=} of the export goes by, are the time of the append; each event's {@code at}
 * is when it happened), and marked {@code origin: seed} in their metadata. Seeded events send no
 * messages: the notifications processor passes them by, and no deadlines are scheduled for them.
 */
public final class SeedService {

  /** The metadata key and value seeded events carry. */
  public static final String ORIGIN = "origin";

  public static final String SEED = "seed";

  private static final String TICKET = "Ticket";

  private final EventStore events;
  private final TicketNumberPort numbers;
  private final Supplier<MonthOfFeedback> generator;

  /**
   * @param generator makes the generator when a seed runs (under the SLA policy active then)
   */
  public SeedService(
      EventStore events, TicketNumberPort numbers, Supplier<MonthOfFeedback> generator) {
    this.events = events;
    this.numbers = numbers;
    this.generator = generator;
  }

  /** What a seed wrote. */
  public record Seeded(YearMonth month, int tickets, long events) {}

  /**
   * Generates the month from the seed and appends it.
   *
   * @param progress told how many tickets are written so far, after each
   */
  public Seeded seed(YearMonth month, int tickets, long seed, IntConsumer progress) {
    if (tickets < 1 || tickets > 1_000_000) {
      throw new IllegalArgumentException("a seed writes 1 to 1,000,000 tickets, not " + tickets);
    }
    if (events.readEvents(MonthOfFeedback.ticketId(month, seed, 0).toString()).hasNext()) {
      throw alreadySeeded(month, seed, null);
    }
    List<MonthOfFeedback.Plan> plans =
        generator.get().generate(month, tickets, seed, numbers::allocate);
    Instant appended = Instant.now();
    long written = 0;
    int done = 0;
    for (MonthOfFeedback.Plan plan : plans) {
      List<DomainEventMessage<?>> messages = new ArrayList<>();
      List<TicketEvent> recorded = plan.events();
      for (int i = 0; i < recorded.size(); i++) {
        TicketEvent event = recorded.get(i);
        messages.add(
            new GenericDomainEventMessage<>(
                TICKET,
                plan.id().toString(),
                i,
                event,
                Map.of(ORIGIN, SEED),
                UUID.randomUUID().toString(),
                appended));
      }
      try {
        events.publish(messages);
      } catch (ConcurrencyException | AggregateStreamCreationException e) {
        throw alreadySeeded(month, seed, e);
      } catch (EventStoreException e) {
        throw new StorageUnavailableException("the event store could not be reached", e);
      }
      written += messages.size();
      progress.accept(++done);
    }
    return new Seeded(month, tickets, written);
  }

  private static IllegalStateException alreadySeeded(YearMonth month, long seed, Exception cause) {
    return new IllegalStateException(
        month
            + " was seeded with seed "
            + seed
            + " into this store already; give another feedbackdesk.seed.seed",
        cause);
  }
}
