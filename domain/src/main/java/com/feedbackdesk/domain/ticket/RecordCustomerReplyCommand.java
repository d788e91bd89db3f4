package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record what the customer wrote, and the photos and videos they sent with it (metadata). */
public record RecordCustomerReplyCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    String message,
    List<AttachmentRef> attachments,
    Actor actor,
    Instant at)
    implements TicketCommand {

  /** A reply without attachments. */
  public RecordCustomerReplyCommand(TicketId ticketId, String message, Actor actor, Instant at) {
    this(ticketId, message, List.of(), actor, at);
  }

  public RecordCustomerReplyCommand {
    attachments = AttachmentRef.listOf(attachments);
    Values.required("ticketId", ticketId);
    Values.required("actor", actor);
    Values.required("at", at);
    Values.requiredText("message", message, TextLimits.MESSAGE);
  }
}
