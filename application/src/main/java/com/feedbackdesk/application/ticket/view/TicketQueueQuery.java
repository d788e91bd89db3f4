package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TicketStatus;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A page of the work queue: every filter is optional; a set filter matches any of its values. The
 * queue is ordered most urgent first: earliest deadline, then priority, then oldest. The director's
 * queue is the tickets escalated to the director: {@code escalationLevels = {DIRECTOR}}.
 */
public record TicketQueueQuery(
    Set<TicketStatus> statuses,
    Set<Category> categories,
    Set<Priority> priorities,
    Department department,
    String assignee,
    Set<Channel> channels,
    Set<EscalationLevel> escalationLevels,
    String customerId,
    int page,
    int size) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_PAGE_SIZE = 20;

  public TicketQueueQuery {
    // an empty parameter (priority=) names no value
    statuses = withoutNulls(statuses);
    categories = withoutNulls(categories);
    priorities = withoutNulls(priorities);
    channels = withoutNulls(channels);
    escalationLevels = withoutNulls(escalationLevels);
    if (page < 0) {
      throw new InvalidValueException("page", "page numbers start at 0, was " + page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidValueException(
          "size", "size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
    }
  }

  private static <T> Set<T> withoutNulls(Set<T> values) {
    return values == null
        ? Set.of()
        : values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
  }

  /** The first page of the whole queue. */
  public static TicketQueueQuery everything() {
    return new TicketQueueQuery(
        null, null, null, null, null, null, null, null, 0, DEFAULT_PAGE_SIZE);
  }

  /** The same query for one customer's tickets only. */
  public TicketQueueQuery withCustomerId(String customer) {
    return new TicketQueueQuery(
        statuses,
        categories,
        priorities,
        department,
        assignee,
        channels,
        escalationLevels,
        customer,
        page,
        size);
  }

  /** The same query for one department's tickets only. */
  public TicketQueueQuery withDepartment(Department lead) {
    return new TicketQueueQuery(
        statuses,
        categories,
        priorities,
        lead,
        assignee,
        channels,
        escalationLevels,
        customerId,
        page,
        size);
  }

  public long offset() {
    return (long) page * size;
  }

  /**
   * The queue's order, most urgent first: earliest deadline (none last), then priority, then
   * oldest, then id so that it is total.
   */
  public static final java.util.Comparator<TicketSummary> URGENCY =
      java.util.Comparator.comparing(
              (TicketSummary s) -> s.dueAt() == null ? java.time.Instant.MAX : s.dueAt())
          .thenComparing(s -> s.classification().priority())
          .thenComparing(TicketSummary::submittedAt)
          .thenComparing(s -> s.id().toString());

  /** Whether the ticket matches every filter of the query. */
  public boolean matches(TicketSummary s) {
    return (statuses.isEmpty() || statuses.contains(s.status()))
        && (categories.isEmpty() || categories.contains(s.classification().category()))
        && (priorities.isEmpty() || priorities.contains(s.classification().priority()))
        && (channels.isEmpty() || channels.contains(s.channel()))
        && (escalationLevels.isEmpty() || escalationLevels.contains(s.escalationLevel()))
        && (department == null || department.equals(s.department()))
        && (assignee == null || assignee.equals(s.assignee()))
        && (customerId == null || Objects.equals(customerId, s.customer().id()));
  }

  /** This query's page of the tickets, filtered and ordered as the queue is. */
  public TicketPage pageOf(java.util.Collection<TicketSummary> tickets) {
    List<TicketSummary> matching = tickets.stream().filter(this::matches).sorted(URGENCY).toList();
    return new TicketPage(
        matching.stream().skip(offset()).limit(size).toList(), page, size, matching.size());
  }
}
