package com.feedbackdesk.application.attachment.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.ViewTicketUseCase;

/**
 * A ticket's attachments reach as far as the ticket does: a customer's own, a handler's
 * department's.
 */
public final class TicketAttachmentReach implements AttachmentReach {

  private final ViewTicketUseCase tickets;

  public TicketAttachmentReach(ViewTicketUseCase tickets) {
    this.tickets = tickets;
  }

  @Override
  public String kind() {
    return AttachmentOwner.TICKET;
  }

  @Override
  public boolean reaches(Caller caller, String ownerId) {
    try {
      tickets.view(caller, TicketReference.of(ownerId));
      return true;
    } catch (TicketNotFoundException e) {
      return false;
    }
  }
}
