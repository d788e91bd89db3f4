package com.feedbackdesk.application.attachment.model;

import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.TicketId;

/**
 * What an attachment was attached to, once it was: a ticket (its submission or a customer's reply),
 * or, later, another kind of case (an after-sales application). Downloads are scoped by it.
 *
 * @param kind {@link #TICKET} or another feature's kind
 * @param id the owner's id within its kind
 */
public record AttachmentOwner(String kind, String id) {

  public static final String TICKET = "ticket";

  public AttachmentOwner {
    Values.requiredText("owner.kind", kind, 40);
    Values.requiredText("owner.id", id, 100);
  }

  public static AttachmentOwner ticket(TicketId ticket) {
    return new AttachmentOwner(TICKET, ticket.toString());
  }
}
