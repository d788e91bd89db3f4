package com.feedbackdesk.application.access;

/**
 * The caller's roles do not allow the operation, or not on this ticket (a handler on another
 * department's ticket). A customer is never told this about another customer's ticket: to them it
 * does not exist.
 */
public class OperationNotPermittedException extends RuntimeException {

  private final transient TicketOperation operation;

  public OperationNotPermittedException(TicketOperation operation, String reason) {
    super(reason);
    this.operation = operation;
  }

  public TicketOperation operation() {
    return operation;
  }
}
