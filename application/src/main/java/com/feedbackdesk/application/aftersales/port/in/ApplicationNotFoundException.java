package com.feedbackdesk.application.aftersales.port.in;

/** No application has the id or number (or, to a customer, none of theirs). */
public class ApplicationNotFoundException extends RuntimeException {

  private final String reference;

  public ApplicationNotFoundException(String reference) {
    super("no after-sales application " + reference);
    this.reference = reference;
  }

  public String reference() {
    return reference;
  }
}
