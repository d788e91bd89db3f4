package com.feedbackdesk.domain.aftersales;

/** The application's status does not allow what was asked. */
public class ApplicationStateException extends RuntimeException {

  private final ApplicationId applicationId;
  private final ApplicationStatus status;

  public ApplicationStateException(
      ApplicationId applicationId, ApplicationStatus status, String refused) {
    super("application " + applicationId + " is " + status + ": " + refused);
    this.applicationId = applicationId;
    this.status = status;
  }

  public ApplicationId applicationId() {
    return applicationId;
  }

  public ApplicationStatus status() {
    return status;
  }
}
