package com.feedbackdesk.domain.sla;

/**
 * A calendar has no working time for years ahead (holidays without end, say), so no business-time
 * limit on it can ever be reached.
 */
public class NoWorkingTimeException extends RuntimeException {

  public NoWorkingTimeException(VersionRef calendar, java.time.Instant from, int days) {
    super("calendar " + calendar + " has no working time for " + days + " days after " + from);
  }
}
