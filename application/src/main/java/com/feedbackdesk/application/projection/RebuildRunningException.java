package com.feedbackdesk.application.projection;

/** A rebuild of the projection is running already. */
public class RebuildRunningException extends RuntimeException {

  public RebuildRunningException(String projection, String running) {
    super("projection " + projection + " is being rebuilt already (rebuild " + running + ")");
  }
}
