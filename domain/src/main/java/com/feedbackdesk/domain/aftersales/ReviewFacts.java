package com.feedbackdesk.domain.aftersales;

import java.time.Instant;

/**
 * What the automatic review decides on.
 *
 * @param evidence how many photos and videos came with the application
 * @param settled how many of the line's items earlier applications have completed already
 * @param openApplication another application still open for the same order line, or null
 * @param at when the application was made
 */
public record ReviewFacts(
    OrderLineFacts line,
    Remedy remedy,
    ApplicationReason reason,
    int quantity,
    int evidence,
    int settled,
    ApplicationNumber openApplication,
    CustomerLanguage language,
    Instant at) {}
