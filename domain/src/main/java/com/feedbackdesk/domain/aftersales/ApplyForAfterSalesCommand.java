package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.TextLimits;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make an application for an order line; it is reviewed against the policy at once.
 *
 * @param settled how many of the line's items earlier applications have completed
 * @param openApplication another application still open for the same line, or null
 */
public record ApplyForAfterSalesCommand(
    @TargetAggregateIdentifier ApplicationId applicationId,
    ApplicationNumber number,
    Channel channel,
    Customer customer,
    OrderLineFacts line,
    Remedy remedy,
    ApplicationReason reason,
    int quantity,
    String description,
    List<AttachmentRef> attachments,
    int settled,
    ApplicationNumber openApplication,
    com.feedbackdesk.domain.shared.Actor actor,
    Instant at)
    implements AfterSalesCommand {

  public ApplyForAfterSalesCommand {
    Values.required("applicationId", applicationId);
    Values.required("number", number);
    Values.required("channel", channel);
    Values.required("customer", customer);
    Values.required("line", line);
    Values.required("remedy", remedy);
    Values.required("reason", reason);
    Values.required("actor", actor);
    Values.required("at", at);
    if (quantity < 1) {
      throw new InvalidValueException("quantity", "an application is for at least one item");
    }
    description = Values.requiredText("description", description, TextLimits.DESCRIPTION);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    if (settled < 0) {
      throw new InvalidValueException("settled", "a line has 0 or more items settled");
    }
  }

  /** The same application, with what its order line holds now: items settled, another open one. */
  public ApplyForAfterSalesCommand onLine(int settledNow, ApplicationNumber openNow) {
    return new ApplyForAfterSalesCommand(
        applicationId,
        number,
        channel,
        customer,
        line,
        remedy,
        reason,
        quantity,
        description,
        attachments,
        settledNow,
        openNow,
        actor,
        at);
  }
}
