package com.feedbackdesk.application.sla.port.in;

import com.feedbackdesk.domain.sla.VersionRef;

/** Two versions of a policy or calendar were created at once: the later one must be retried. */
public class SlaVersionTakenException extends RuntimeException {

  public SlaVersionTakenException(VersionRef ref) {
    super(ref + " was created by someone else meanwhile; read the versions again and retry");
  }
}
