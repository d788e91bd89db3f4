package com.feedbackdesk.application.attachment.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.attachment.model.AttachmentDownload;
import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.model.AttachmentUpload;
import com.feedbackdesk.application.attachment.model.ByteRange;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import java.util.List;

/**
 * Photos and videos: uploaded first, then named by id on what they come with (a submission, a
 * customer's reply, an after-sales application), which claims them; downloaded with the reach of
 * what they are attached to.
 */
public interface AttachmentsUseCase {

  /**
   * Stores an upload, attached to nothing yet. Its type is what its bytes are, checked against what
   * the client declared; its size is held against the limit of its kind while it is read.
   *
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException when the caller may
   *     not upload
   * @throws UnsupportedAttachmentTypeException when the bytes are no photo or video the service
   *     takes, or not what the client declared
   * @throws AttachmentTooLargeException when it is larger than its kind may be
   * @throws com.feedbackdesk.domain.shared.InvalidValueException for a file name that cannot be
   *     kept
   */
  StoredAttachment upload(Caller caller, AttachmentUpload upload);

  /**
   * The attachment's metadata.
   *
   * @throws AttachmentNotFoundException when there is none the caller may know of
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException when the caller may
   *     not view attachments, or not on what it is attached to
   */
  StoredAttachment describe(Caller caller, String id);

  /**
   * The attachment's bytes, or a range of them, open for reading.
   *
   * @param range null for the whole file
   * @throws RangeNotSatisfiableException when the range lies outside the file
   * @see #describe for who may
   */
  AttachmentDownload download(Caller caller, String id, ByteRange range);

  /**
   * Attaches uploads to an owner: the caller's own uploads, attached to nothing else, at most the
   * configured number. The owner's feature calls it before it records the command that carries the
   * returned metadata, and {@link #release} when that command fails. Claiming again for the same
   * owner (a retried request) succeeds.
   *
   * @param attachmentIds the ids the client named; null or empty for none
   * @return their metadata, in the order named, for the event
   * @throws com.feedbackdesk.domain.shared.InvalidValueException (field {@code attachments}) for
   *     too many ids, an id named twice, or one that is not the caller's upload or is attached
   *     elsewhere
   */
  List<AttachmentRef> claim(Caller caller, List<String> attachmentIds, AttachmentOwner owner);

  /** Detaches what {@link #claim} attached, when the command that was to carry it failed. */
  void release(List<AttachmentRef> attachments, AttachmentOwner owner);
}
