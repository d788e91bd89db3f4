package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** An after-sales application's identity, a UUID; its {@link #toString()} is the plain UUID. */
public record ApplicationId(UUID value) {

  public ApplicationId {
    Values.required("applicationId", value);
  }

  /**
   * @throws InvalidValueException when the text is not a UUID
   */
  public static ApplicationId parse(String text) {
    if (!TicketId.looksLikeId(text)) {
      throw new InvalidValueException("applicationId", "not an application id: '" + text + "'");
    }
    return new ApplicationId(UUID.fromString(text));
  }

  /**
   * The ticket that handles this application: derived from the application's id, so that the
   * process creating it finds it again however often it runs.
   */
  public TicketId ticket() {
    return new TicketId(
        UUID.nameUUIDFromBytes(("after-sales-ticket|" + value).getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
