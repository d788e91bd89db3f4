package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A ticket was registered (接收与记录): the description verbatim, the time the customer complained
 * ({@code occurredAt}) apart from the time it was registered ({@code at}), and the classification
 * it starts with (a member of staff's, completed by the automatic suggestion; for a customer's own
 * submission, the automatic suggestion alone).
 *
 * @param product the product the feedback is about (a name or SKU), or null: when none was named,
 *     and in events stored before revision 2
 * @param customerView what the customer said it is, when a customer submitted it and named any of
 *     type, category or priority; null otherwise (and in events stored before it existed)
 * @param attachments the photos and videos submitted with it, metadata only (revision 3); empty
 *     when none, and in events stored before revision 3
 */
@Revision("3")
public record TicketSubmitted(
    TicketId ticketId,
    TicketNumber number,
    Channel channel,
    Customer customer,
    String orderNumber,
    String product,
    String region,
    String description,
    Instant occurredAt,
    Classification classification,
    CustomerView customerView,
    List<AttachmentRef> attachments,
    Actor actor,
    Instant at)
    implements TicketEvent {

  public TicketSubmitted {
    attachments = AttachmentRef.listOf(attachments);
  }

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
