package com.feedbackdesk.application.projection;

import java.util.Collection;

/** No projection of that name can be rebuilt. */
public class UnknownProjectionException extends RuntimeException {

  public UnknownProjectionException(String name, Collection<String> known) {
    super("no projection '" + name + "'; the projections are " + known);
  }
}
