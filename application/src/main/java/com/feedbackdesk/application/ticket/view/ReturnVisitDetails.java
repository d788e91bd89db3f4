package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.ContactChannel;
import java.time.Instant;

/** The outcome of the return visit (回访) after the latest resolution. */
public record ReturnVisitDetails(
    boolean reached,
    ContactChannel channel,
    Boolean stillSatisfied,
    String note,
    Actor visitedBy,
    Instant visitedAt) {}
