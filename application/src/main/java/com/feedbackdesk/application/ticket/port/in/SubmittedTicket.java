package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.ticket.view.TicketView;

/**
 * The ticket a submission led to.
 *
 * @param created false when an earlier submission with the same idempotency key created it
 */
public record SubmittedTicket(TicketView ticket, boolean created) {}
