package com.feedbackdesk.application.attachment.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * An attachment's bytes, open for reading: the whole file or the asked-for range of it. The caller
 * reads {@code length} bytes from {@code content} and closes it.
 *
 * @param first the offset of the first byte in the file
 * @param length how many bytes {@code content} holds
 * @param partial whether a range was asked for (and this is it)
 */
public record AttachmentDownload(
    StoredAttachment attachment, long first, long length, boolean partial, InputStream content)
    implements AutoCloseable {

  @Override
  public void close() throws IOException {
    content.close();
  }
}
