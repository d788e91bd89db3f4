package com.feedbackdesk.application.seed;

import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.domain.ticket.TicketEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * Writes a generated month of feedback ({@link MonthOfFeedback}) into the event store, for trying
 * the analysis on realistic data: each ticket's events as one append, numbered by the store's own
 * allocation so that they never clash with real tickets, timestamped when they happened, and marked
 * {@code origin: seed} in their metadata. Seeded events send no messages: the notifications
 * processor passes them by, and no deadlines are scheduled for them.
 */
public final class SeedService {

  /** The metadata key and value seeded events carry. */
  public static final String ORIGIN = "origin";

  public static final String SEED = "seed";

  private static final String TICKET = "Ticket";

  private final EventStore events;
  private final TicketNumberPort numbers;
  private final MonthOfFeedback generator;

  public SeedService(EventStore events, TicketNumberPort numbers, MonthOfFeedback generator) {
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
    List<MonthOfFeedback.Plan> plans = generator.generate(month, tickets, seed, numbers::allocate);
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
                event.at()));
      }
      try {
        events.publish(messages);
      } catch (EventStoreException e) {
        throw new StorageUnavailableException("the event store could not be reached", e);
      }
      written += messages.size();
      progress.accept(++done);
    }
    return new Seeded(month, tickets, written);
  }
}
