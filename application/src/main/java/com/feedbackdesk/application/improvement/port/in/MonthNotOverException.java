package com.feedbackdesk.application.improvement.port.in;

import java.time.YearMonth;

/** The hot spots of a month still in progress raise no projects: its figures are not final. */
public class MonthNotOverException extends RuntimeException {

  public MonthNotOverException(YearMonth month) {
    super(month + " is not over yet: its hot spots raise improvement projects once it is");
  }
}
