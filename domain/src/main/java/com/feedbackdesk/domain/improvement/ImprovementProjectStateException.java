package com.feedbackdesk.domain.improvement;

/**
 * The project's status does not allow what was asked (starting it twice, completing it unstarted).
 */
public class ImprovementProjectStateException extends RuntimeException {

  private final ImprovementProjectId projectId;
  private final ImprovementStatus status;

  public ImprovementProjectStateException(
      ImprovementProjectId projectId, ImprovementStatus status, String refused) {
    super("improvement project " + projectId + " is " + status + ": " + refused);
    this.projectId = projectId;
    this.status = status;
  }

  public ImprovementProjectId projectId() {
    return projectId;
  }

  public ImprovementStatus status() {
    return status;
  }
}
