package com.feedbackdesk.domain.attachment;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A photo or video that came with a submission or a customer's reply, as the events record it: what
 * it is, never its bytes. The bytes are kept by the attachment store under {@code id}; {@code
 * sha256} proves that what the store hands out later is what was attached.
 *
 * @param id the stored attachment's id
 * @param fileName the name the uploader gave it (kept for the download's file name)
 * @param contentType the media type its bytes were recognised as (never the declared one)
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 */
public record AttachmentRef(
    String id, String fileName, String contentType, long size, String sha256) {

  /** Longest file name kept; longer names are refused at upload. */
  public static final int MAX_FILE_NAME = 255;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");

  public AttachmentRef {
    Values.requiredText("attachments.id", id, 64);
    Values.requiredText("attachments.fileName", fileName, MAX_FILE_NAME);
    if (fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      throw new InvalidValueException(
          "attachments.fileName", "a file name must not contain control characters");
    }
    Values.required("attachments.contentType", contentType);
    if (!MEDIA_TYPE.matcher(contentType).matches()) {
      throw new InvalidValueException(
          "attachments.contentType", "not a media type: " + contentType);
    }
    if (size < 0) {
      throw new InvalidValueException("attachments.size", "a size cannot be negative");
    }
    Values.required("attachments.sha256", sha256);
    if (!SHA256.matcher(sha256).matches()) {
      throw new InvalidValueException(
          "attachments.sha256", "a SHA-256 is 64 lower-case hex digits");
    }
  }

  /**
   * The list as events keep it: empty for none (and for events stored before attachments existed,
   * which have no such field), never null; each attachment at most once.
   */
  public static List<AttachmentRef> listOf(List<AttachmentRef> attachments) {
    if (attachments == null) {
      return List.of();
    }
    List<AttachmentRef> copy = List.copyOf(attachments);
    if (copy.stream().map(AttachmentRef::id).distinct().count() != copy.size()) {
      throw new InvalidValueException("attachments", "an attachment is named twice");
    }
    return copy;
  }
}
