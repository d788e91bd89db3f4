package com.feedbackdesk.application.attachment.service;

import com.feedbackdesk.application.attachment.port.in.AttachmentTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload's bytes as the store reads them: counted against the limit of their kind (a file too
 * large is refused while it streams, before the store has all of it) and digested, so that size and
 * SHA-256 are known when the store reaches the end, without a second pass.
 */
final class CheckedContent extends FilterInputStream {

  private final long limit;
  private final String kind;
  private long size;

  CheckedContent(InputStream content, long limit, String kind) {
    super(content);
    this.limit = limit;
    this.kind = kind;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) {
    return 0; // every byte is counted
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(int n) {
    size += n;
    if (size > limit) {
      throw new AttachmentTooLargeException(kind, limit);
    }
  }
}
