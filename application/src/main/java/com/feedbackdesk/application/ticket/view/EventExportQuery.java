package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which part of the event history to export: from after a global position (to resume), or from an
 * instant, or from the start; only some event types, or one ticket's events; at most {@code limit}
 * events (null: all there are now).
 */
public record EventExportQuery(
    Long after, Instant since, Set<String> types, TicketId ticket, Integer limit) {

  public EventExportQuery {
    types =
        types == null
            ? Set.of()
            : types.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    if (after != null && after < 0) {
      throw new InvalidValueException("after", "positions start at 0, was " + after);
    }
    if (after != null && since != null) {
      throw new InvalidValueException(
          "since", "give a position to resume after, or an instant to start from, not both");
    }
    if (limit != null && limit < 1) {
      throw new InvalidValueException("limit", "limit must be at least 1, was " + limit);
    }
  }
}
