package com.feedbackdesk.application.notification.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.TemplateRef;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import java.util.List;

/** What the service sent, and the templates it sends with. */
public interface NotificationsUseCase {

  /** Every message recorded about the ticket, oldest first, with its delivery attempts. */
  List<OutboundMessage> forTicket(Caller caller, TicketReference ticket);

  /** The template versions in use, by name and language. */
  List<TemplateRef> templates(Caller caller);
}
