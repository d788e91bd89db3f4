package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.ticket.TicketId;

/**
 * A read model was offered an event that is not the ticket's next one: an event was skipped. The
 * projection refuses to guess; its processor stops and retries, where silently folding on would
 * leave a wrong read model behind.
 */
public class TicketEventOutOfOrderException extends IllegalStateException {

  public TicketEventOutOfOrderException(TicketId ticket, long expected, long offered) {
    super(
        "read model of ticket "
            + ticket
            + " expected event #"
            + expected
            + " but was offered #"
            + offered);
  }

  /**
   * @param version the version of the read model so far, -1 before the ticket's first event
   * @throws TicketEventOutOfOrderException unless {@code sequence} follows {@code version}
   */
  static void requireNext(TicketId ticket, long version, long sequence) {
    if (sequence != version + 1) {
      throw new TicketEventOutOfOrderException(ticket, version + 1, sequence);
    }
  }
}
