package com.feedbackdesk.application.attachment.port.in;

/** The byte range asked for lies outside the file. */
public class RangeNotSatisfiableException extends RuntimeException {

  private final long size;

  public RangeNotSatisfiableException(long size) {
    super("the range lies outside the file's " + size + " bytes");
    this.size = size;
  }

  /** The file's size, for {@code Content-Range: bytes * /size}. */
  public long size() {
    return size;
  }
}
