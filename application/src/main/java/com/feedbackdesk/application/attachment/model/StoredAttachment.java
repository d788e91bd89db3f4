package com.feedbackdesk.application.attachment.model;

import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;

/**
 * An attachment as the store keeps it: its metadata (the bytes are read apart), who uploaded it and
 * when, and what it is attached to.
 *
 * @param owner null while it is attached to nothing
 */
public record StoredAttachment(
    AttachmentRef ref, Actor uploadedBy, Instant uploadedAt, AttachmentOwner owner) {

  public String id() {
    return ref.id();
  }

  public StoredAttachment ownedBy(AttachmentOwner newOwner) {
    return new StoredAttachment(ref, uploadedBy, uploadedAt, newOwner);
  }
}
