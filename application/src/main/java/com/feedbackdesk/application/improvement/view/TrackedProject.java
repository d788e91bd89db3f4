package com.feedbackdesk.application.improvement.view;

/**
 * An improvement project and whether it is overdue today (in the business zone): not completed and
 * past its due day.
 */
public record TrackedProject(ImprovementProjectView project, boolean overdue) {}
