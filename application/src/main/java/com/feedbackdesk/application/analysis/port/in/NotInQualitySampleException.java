package com.feedbackdesk.application.analysis.port.in;

import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketRuleViolationException;
import java.time.YearMonth;

/** A verdict was given for a ticket that is not in the month's quality sample. */
public class NotInQualitySampleException extends TicketRuleViolationException {

  public NotInQualitySampleException(TicketId ticket, YearMonth month, String why) {
    super(ticket, "ticket " + ticket + " is not in the quality sample of " + month + ": " + why);
  }
}
