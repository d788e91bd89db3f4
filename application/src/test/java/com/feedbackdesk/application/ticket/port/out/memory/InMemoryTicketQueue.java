package com.feedbackdesk.application.ticket.port.out.memory;

import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** A {@link TicketQueuePort} in memory, for tests of the use cases. */
public final class InMemoryTicketQueue implements TicketQueuePort {

  private static final Comparator<TicketSummary> URGENCY =
      Comparator.comparing((TicketSummary s) -> s.dueAt() == null ? Instant.MAX : s.dueAt())
          .thenComparing(s -> s.classification().priority())
          .thenComparing(TicketSummary::submittedAt)
          .thenComparing(s -> s.id().toString());

  private final Map<TicketId, TicketSummary> queue = new ConcurrentHashMap<>();

  @Override
  public Optional<TicketSummary> find(TicketId ticket) {
    return Optional.ofNullable(queue.get(ticket));
  }

  @Override
  public void save(TicketSummary summary) {
    queue.merge(
        summary.id(),
        summary,
        (stored, offered) -> offered.version() > stored.version() ? offered : stored);
  }

  @Override
  public TicketPage search(TicketQueueQuery query) {
    List<TicketSummary> matching =
        queue.values().stream().filter(matches(query)).sorted(URGENCY).toList();
    List<TicketSummary> page = matching.stream().skip(query.offset()).limit(query.size()).toList();
    return new TicketPage(page, query.page(), query.size(), matching.size());
  }

  @Override
  public TicketPage followUps(int page, int size) {
    List<TicketSummary> due =
        queue.values().stream()
            .filter(s -> s.dueTimes().containsKey(SlaClockKind.RETURN_VISIT))
            .sorted(
                Comparator.comparing(
                        (TicketSummary s) -> s.dueTimes().get(SlaClockKind.RETURN_VISIT))
                    .thenComparing(s -> s.id().toString()))
            .toList();
    return new TicketPage(
        due.stream().skip((long) page * size).limit(size).toList(), page, size, due.size());
  }

  private static Predicate<TicketSummary> matches(TicketQueueQuery query) {
    return s ->
        (query.statuses().isEmpty() || query.statuses().contains(s.status()))
            && (query.categories().isEmpty()
                || query.categories().contains(s.classification().category()))
            && (query.priorities().isEmpty()
                || query.priorities().contains(s.classification().priority()))
            && (query.channels().isEmpty() || query.channels().contains(s.channel()))
            && (query.escalationLevels().isEmpty()
                || query.escalationLevels().contains(s.escalationLevel()))
            && (query.department() == null || query.department().equals(s.department()))
            && (query.assignee() == null || query.assignee().equals(s.assignee()))
            && (query.customerId() == null
                || Objects.equals(query.customerId(), s.customer().id()));
  }

  @Override
  public void deleteAll() {
    queue.clear();
  }
}
