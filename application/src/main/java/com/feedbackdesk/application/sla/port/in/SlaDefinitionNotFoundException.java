package com.feedbackdesk.application.sla.port.in;

/** There is no SLA policy or calendar (version) of that name. */
public class SlaDefinitionNotFoundException extends RuntimeException {

  public SlaDefinitionNotFoundException(String what) {
    super("there is no " + what);
  }
}
