package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The customer wrote on the ticket; if the ticket was waiting for them, work resumes.
 *
 * @param attachments the photos and videos sent with the reply, metadata only (revision 2); empty
 *     when none, and in events stored before revision 2
 */
@Revision("2")
public record CustomerReplied(
    TicketId ticketId, String message, List<AttachmentRef> attachments, Actor actor, Instant at)
    implements TicketEvent {

  public CustomerReplied {
    attachments = AttachmentRef.listOf(attachments);
  }

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
