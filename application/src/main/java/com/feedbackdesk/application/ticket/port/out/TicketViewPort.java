package com.feedbackdesk.application.ticket.port.out;

import com.feedbackdesk.application.ticket.view.TicketNumberTakenException;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.Optional;

/** Stores the ticket views the view projection keeps. */
public interface TicketViewPort {

  Optional<TicketView> find(TicketId ticket);

  /**
   * Stores the view unless a view of the same ticket with the same or a higher version is stored
   * already, so a redelivered or late event can never roll a view back.
   *
   * @throws TicketNumberTakenException when another ticket's view has the same number
   */
  void save(TicketView view);

  /** Forgets every view, before the projection is rebuilt from the event history. */
  void deleteAll();
}
