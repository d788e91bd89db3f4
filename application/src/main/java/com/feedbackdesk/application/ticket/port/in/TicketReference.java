package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.util.Optional;

/**
 * How a caller names a ticket: by its id (a UUID) or by its number ({@code FW20240520001}). Text
 * that is neither names no ticket at all.
 */
public record TicketReference(String value) {

  public static TicketReference of(String value) {
    return new TicketReference(value);
  }

  public Optional<TicketId> asId() {
    return TicketId.looksLikeId(value) ? Optional.of(TicketId.parse(value)) : Optional.empty();
  }

  public Optional<TicketNumber> asNumber() {
    return TicketNumber.looksLikeNumber(value) ? validNumber() : Optional.empty();
  }

  private Optional<TicketNumber> validNumber() {
    try {
      return Optional.of(new TicketNumber(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // FW20241340001 has the shape but no such day
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
