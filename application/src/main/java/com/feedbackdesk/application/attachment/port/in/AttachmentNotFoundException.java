package com.feedbackdesk.application.attachment.port.in;

/**
 * No attachment has the id, or none the caller may know of: another customer's attachment, or one
 * that someone else uploaded and attached to nothing yet.
 */
public class AttachmentNotFoundException extends RuntimeException {

  public AttachmentNotFoundException(String id) {
    super("no attachment " + id);
  }
}
