package com.feedbackdesk.application.attachment.port.in;

/**
 * The file's bytes are no photo or video of a kind the service takes, or not of the type the client
 * declared (a PNG declared as video/mp4, a text file named .jpg).
 */
public class UnsupportedAttachmentTypeException extends RuntimeException {

  public UnsupportedAttachmentTypeException(String reason) {
    super(reason);
  }
}
