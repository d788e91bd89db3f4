package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketView;
import java.util.List;

/**
 * Read one ticket. Both answers are current: they include every event the ticket has, even those
 * the read models have not caught up with yet.
 */
public interface ViewTicketUseCase {

  /**
   * @throws TicketNotFoundException when the reference names no ticket
   */
  TicketView view(TicketReference ticket);

  /**
   * The ticket's events in order.
   *
   * @throws TicketNotFoundException when the reference names no ticket
   */
  List<TicketHistoryEntry> history(TicketReference ticket);
}
