package com.feedbackdesk.application.improvement.port.in;

/** No improvement project has the id. */
public class ImprovementProjectNotFoundException extends RuntimeException {

  public ImprovementProjectNotFoundException(String id) {
    super("no improvement project " + id);
  }
}
