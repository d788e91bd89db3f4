package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.util.UUID;

/**
 * The ticket's identity, a UUID chosen when the ticket is submitted. Its {@link #toString()} is the
 * plain UUID, which is also the aggregate identifier in the event store.
 */
public record TicketId(UUID value) {

  public TicketId {
    Values.required("ticketId", value);
  }

  /**
   * @throws InvalidValueException when the text is not a UUID
   */
  public static TicketId parse(String text) {
    try {
      return new TicketId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException("ticketId", "not a ticket id: '" + text + "'");
    }
  }

  /** Whether the text is a UUID in its canonical 36-character form. */
  public static boolean looksLikeId(String text) {
    return text != null
        && text.length() == 36
        && text.matches(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
