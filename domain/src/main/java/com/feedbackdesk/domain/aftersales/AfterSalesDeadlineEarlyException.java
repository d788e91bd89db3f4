package com.feedbackdesk.domain.aftersales;

import java.time.Instant;

/**
 * A deadline reached the application before its time (clocks of two instances apart): the handler
 * fails, and the scheduler runs it again later.
 */
public class AfterSalesDeadlineEarlyException extends RuntimeException {

  public AfterSalesDeadlineEarlyException(ApplicationId id, Instant due, Instant now) {
    super("the deadline of application " + id + " at " + due + " came at " + now);
  }
}
