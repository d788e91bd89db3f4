package com.feedbackdesk.adapters.in.web;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;

/**
 * Who a request acts for. Until the service authenticates callers, the optional {@code X-Actor}
 * header names them ({@code agent:li.na}, {@code customer:C10086}, {@code system:importer});
 * without it, each endpoint falls back to the person its body names, or to an anonymous actor of
 * the kind that endpoint serves.
 */
public final class RequestActors {

  /** The request header that names the actor. */
  public static final String HEADER = "X-Actor";

  /** The id recorded when nobody is named. */
  public static final String ANONYMOUS = "anonymous";

  private RequestActors() {}

  /**
   * The actor the header names, or the fallback when there is no header.
   *
   * @throws InvalidValueException when the header is present but malformed
   */
  public static Actor from(String header, Actor fallback) {
    if (header == null || header.isBlank()) {
      return fallback;
    }
    try {
      return Actor.parse(header.strip());
    } catch (InvalidValueException e) {
      throw new InvalidValueException(HEADER, e.getMessage());
    }
  }
}
