package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.domain.ticket.Category;
import java.time.Instant;

/**
 * A supervisor's verdict on a sampled ticket's classification.
 *
 * @param correct whether the category at closure was right
 * @param category the category the supervisor holds right (the one at closure when correct)
 * @param samplingVersion the version of the sampling rule that put the ticket in the sample
 */
public record ClassificationReview(
    boolean correct, Category category, String samplingVersion, String reviewer, Instant at) {}
