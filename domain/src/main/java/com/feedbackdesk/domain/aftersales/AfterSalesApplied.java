package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A customer applied for a return, refund, exchange, repair or resend of an order line (售后申请). The
 * order line is as the shop's order system gave it then; the ticket is the one that will handle the
 * application.
 *
 * @param attachments the photos and videos that came with it (what they are, never their bytes)
 */
@Revision("1")
public record AfterSalesApplied(
    ApplicationId applicationId,
    ApplicationNumber number,
    TicketId ticketId,
    Channel channel,
    Customer customer,
    OrderLineFacts line,
    Remedy remedy,
    ApplicationReason reason,
    int quantity,
    String description,
    List<AttachmentRef> attachments,
    Actor actor,
    Instant at)
    implements AfterSalesEvent {

  public AfterSalesApplied {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  @Override
  public <R> R accept(AfterSalesEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
