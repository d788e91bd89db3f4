package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import java.time.Instant;

/**
 * How the case was settled, by whom and when.
 *
 * @param closesUnconfirmedAt when the ticket closes by itself unless the customer answers first
 */
public record ResolutionDetails(
    ResolutionType type,
    String summary,
    Money amount,
    Money cost,
    String responsibility,
    String improvements,
    Instant closesUnconfirmedAt,
    Actor resolvedBy,
    Instant resolvedAt) {}
