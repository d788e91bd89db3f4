package com.feedbackdesk.application.attachment.port.out;

import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.model.NewAttachment;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where attachments' bytes and their store-side metadata are kept: GridFS in the service's MongoDB
 * by default, an S3-compatible object store by another adapter (ADR 0020). The events keep what an
 * attachment is ({@link com.feedbackdesk.domain.attachment.AttachmentRef}); the store keeps its
 * bytes, who uploaded it and what it is attached to.
 *
 * <p>Every method may throw {@link com.feedbackdesk.application.shared.StorageUnavailableException}
 * when the store cannot answer.
 */
public interface AttachmentStorePort {

  /**
   * Stores the bytes, read to their end, under the attachment's id, with the size and SHA-256 of
   * what was read. Nothing is kept when reading fails (the content stream may throw to refuse it, a
   * file too large, say): the exception leaves unchanged.
   *
   * @return the attachment as stored, attached to nothing
   */
  StoredAttachment store(NewAttachment attachment, InputStream content);

  /** The attachment, if one was stored completely under the id. */
  Optional<StoredAttachment> find(String id);

  /**
   * The bytes from {@code offset} on, {@code length} of them at most, read as the caller reads (a
   * 50 MB video is never held in memory). The caller closes the stream.
   *
   * @throws java.util.NoSuchElementException when no attachment has the id
   */
  InputStream open(String id, long offset, long length);

  /**
   * Attaches it to the owner, unless it is attached to another: true when it is now the owner's
   * (also when it already was), false when another owner has it or no attachment has the id.
   */
  boolean claim(String id, AttachmentOwner owner);

  /** Detaches it from the owner again (a command that was to carry it failed); else nothing. */
  void release(String id, AttachmentOwner owner);

  /** Deletes the attachment and its bytes, if there is one. */
  void delete(String id);
}
