package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.ticket.Satisfaction;
import java.time.Instant;

/** The customer's latest answer on whether the problem is solved and how satisfied they are. */
public record ConfirmationDetails(
    boolean resolved, Satisfaction satisfaction, String comment, Instant confirmedAt) {}
