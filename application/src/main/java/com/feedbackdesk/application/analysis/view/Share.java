package com.feedbackdesk.application.analysis.view;

/**
 * One value of a dimension and how many tickets had it.
 *
 * @param key the value's code (a category code, a channel, a department code), or null for none
 * @param label what to show for it
 * @param share {@code count} over the total, 0 to 1
 */
public record Share(String key, String label, long count, double share) {}
