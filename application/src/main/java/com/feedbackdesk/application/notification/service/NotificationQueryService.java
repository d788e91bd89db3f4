package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.TemplateRef;
import com.feedbackdesk.application.notification.port.in.NotificationsUseCase;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.service.TicketQueryService;
import java.util.List;

/** The messages sent about a ticket (to staff who reach the ticket) and the templates in use. */
public final class NotificationQueryService implements NotificationsUseCase {

  private final TicketQueryService tickets;
  private final OutboxPort outbox;
  private final NotificationTemplates templates;

  public NotificationQueryService(
      TicketQueryService tickets, OutboxPort outbox, NotificationTemplates templates) {
    this.tickets = tickets;
    this.outbox = outbox;
    this.templates = templates;
  }

  @Override
  public List<OutboundMessage> forTicket(Caller caller, TicketReference ticket) {
    var view = tickets.reachable(caller, TicketOperation.VIEW_NOTIFICATIONS, ticket);
    return outbox.forTicket(view.summary().id());
  }

  @Override
  public List<TemplateRef> templates(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_NOTIFICATION_TEMPLATES);
    return templates.loaded();
  }
}
