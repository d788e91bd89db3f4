package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register new feedback. Type, category and priority are optional: what the submitter leaves out,
 * the automatic classification fills in. {@code occurredAt} is when the customer complained (a
 * phone call may be registered later); it defaults to the registration time and may not lie in the
 * future. {@code attachments} are the photos and videos submitted with it, already stored and
 * checked by the application; the command carries their metadata only.
 */
public record SubmitTicketCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    TicketNumber number,
    Channel channel,
    Customer customer,
    String orderNumber,
    String product,
    String region,
    String description,
    Instant occurredAt,
    TicketType type,
    Category category,
    Priority priority,
    List<AttachmentRef> attachments,
    Actor actor,
    Instant at)
    implements TicketCommand {

  /** Clocks of phones and shop terminals drift; this much "future" is tolerated. */
  static final Duration CLOCK_SKEW_TOLERANCE = Duration.ofMinutes(5);

  /** A submission without attachments. */
  public SubmitTicketCommand(
      TicketId ticketId,
      TicketNumber number,
      Channel channel,
      Customer customer,
      String orderNumber,
      String product,
      String region,
      String description,
      Instant occurredAt,
      TicketType type,
      Category category,
      Priority priority,
      Actor actor,
      Instant at) {
    this(
        ticketId,
        number,
        channel,
        customer,
        orderNumber,
        product,
        region,
        description,
        occurredAt,
        type,
        category,
        priority,
        List.of(),
        actor,
        at);
  }

  public SubmitTicketCommand {
    attachments = AttachmentRef.listOf(attachments);
    Values.required("ticketId", ticketId);
    Values.required("number", number);
    Values.required("channel", channel);
    Values.required("customer", customer);
    Values.required("actor", actor);
    Values.required("at", at);
    orderNumber =
        Values.optionalText(
            "orderNumber", Values.blankToNull(orderNumber), TextLimits.ORDER_NUMBER);
    product = Values.optionalText("product", Values.blankToNull(product), TextLimits.PRODUCT);
    region = Values.optionalText("region", Values.blankToNull(region), TextLimits.REGION);
    Values.requiredText("description", description, TextLimits.DESCRIPTION);
    if (occurredAt == null) {
      occurredAt = at;
    } else if (occurredAt.isAfter(at.plus(CLOCK_SKEW_TOLERANCE))) {
      throw new InvalidValueException(
          "occurredAt", "occurredAt " + occurredAt + " lies in the future (now is " + at + ")");
    }
  }
}
