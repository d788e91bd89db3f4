package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.time.YearMonth;

/**
 * A verdict on a sampled ticket's classification, as recorded on the ticket.
 *
 * @param reviewedCategory the category the ticket was closed with in the month
 */
public record RecordedReview(
    TicketId ticketId,
    TicketNumber number,
    YearMonth month,
    Category reviewedCategory,
    ClassificationReview review) {}
