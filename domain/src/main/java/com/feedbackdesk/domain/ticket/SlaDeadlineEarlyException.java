package com.feedbackdesk.domain.ticket;

import java.time.Instant;

/**
 * A deadline woke the ticket before its time (clocks of two instances disagree): the deadline
 * fails, and the scheduler runs it again later.
 */
public class SlaDeadlineEarlyException extends RuntimeException {

  public SlaDeadlineEarlyException(TicketId ticket, Instant due, Instant now) {
    super("the SLA deadline of ticket " + ticket + " for " + due + " woke at " + now);
  }
}
