package com.feedbackdesk.application.attachment.model;

import com.feedbackdesk.domain.shared.InvalidValueException;

/**
 * How large attachments may be, and how many may come with one submission or reply.
 *
 * @param maxImageBytes the largest photo
 * @param maxVideoBytes the largest video
 * @param maxPerItem the most attachments on one submission or reply
 */
public record AttachmentLimits(long maxImageBytes, long maxVideoBytes, int maxPerItem) {

  public static final AttachmentLimits DEFAULT =
      new AttachmentLimits(10L * 1024 * 1024, 50L * 1024 * 1024, 9);

  public AttachmentLimits {
    if (maxImageBytes <= 0 || maxVideoBytes <= 0 || maxPerItem <= 0) {
      throw new InvalidValueException("attachments", "attachment limits must be positive");
    }
  }

  public long maxBytes(MediaKind kind) {
    return kind == MediaKind.IMAGE ? maxImageBytes : maxVideoBytes;
  }

  /** The largest file of any kind. */
  public long maxBytes() {
    return Math.max(maxImageBytes, maxVideoBytes);
  }
}
