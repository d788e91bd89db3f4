package com.feedbackdesk.application.attachment.model;

/**
 * A part of a file a client asks for (an HTTP byte range), before it is held against the file's
 * size: {@code first-last}, {@code first-} or the last {@code suffixLength} bytes.
 *
 * @param first the first byte, or null for a suffix range
 * @param last the last byte (inclusive), or null for "to the end"
 * @param suffixLength for a suffix range, how many bytes at the end; null otherwise
 */
public record ByteRange(Long first, Long last, Long suffixLength) {

  public static ByteRange from(long first, Long last) {
    return new ByteRange(first, last, null);
  }

  public static ByteRange suffix(long length) {
    return new ByteRange(null, null, length);
  }
}
