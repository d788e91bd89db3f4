package com.feedbackdesk.application.projection;

/** No rebuild with that id ran on this instance. */
public class RebuildNotFoundException extends RuntimeException {

  public RebuildNotFoundException(String id) {
    super(
        "no rebuild "
            + id
            + " on this instance (rebuilds are known to the instance that runs them)");
  }
}
