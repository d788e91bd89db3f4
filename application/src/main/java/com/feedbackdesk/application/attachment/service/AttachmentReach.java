package com.feedbackdesk.application.attachment.service;

import com.feedbackdesk.application.access.Caller;

/**
 * Whether a caller reaches what attachments of one kind of owner are attached to: the feature that
 * owns them decides (the tickets' reach for a ticket's attachments). After-sales applications, say,
 * add one of their own.
 */
public interface AttachmentReach {

  /** The {@link com.feedbackdesk.application.attachment.model.AttachmentOwner#kind()} served. */
  String kind();

  /**
   * Returns when the caller reaches the owner; throws otherwise.
   *
   * @return false when the owner does not exist for the caller (another customer's), so that the
   *     attachment does not either
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException when the caller
   *     knows of the owner but may not reach it (a handler, another department's ticket)
   */
  boolean reaches(Caller caller, String ownerId);
}
