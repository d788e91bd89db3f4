package com.feedbackdesk.application.attachment.port.in;

/** The file is larger than its kind may be (a photo, a video). */
public class AttachmentTooLargeException extends RuntimeException {

  private final long limit;

  public AttachmentTooLargeException(String what, long limit) {
    super(what + " may be at most " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
