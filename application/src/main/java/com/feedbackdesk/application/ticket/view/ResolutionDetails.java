package com.feedbackdesk.application.ticket.view;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import java.time.Instant;

/** How the case was settled, by whom and when. */
public record ResolutionDetails(
    ResolutionType type,
    String summary,
    Money amount,
    Money cost,
    Actor resolvedBy,
    Instant resolvedAt) {}
