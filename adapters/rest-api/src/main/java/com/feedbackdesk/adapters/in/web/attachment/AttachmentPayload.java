package com.feedbackdesk.adapters.in.web.attachment;

import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(
    description =
        "A photo or video: what it is (its type as its bytes say, never as declared) and where to"
            + " download it. Name it by id in a submission's or a customer reply's attachments.")
public record AttachmentPayload(
    @Schema(description = "The attachment's id.", example = "0b6f6a8e-5d1c-4f3e-9a57-2f1e4c8d9b10")
        String id,
    @Schema(description = "The uploader's file name.", example = "破损照片.jpg") String fileName,
    @Schema(description = "The media type its bytes were recognised as.", example = "image/jpeg")
        String contentType,
    @Schema(description = "Its length in bytes.", example = "482133") long size,
    @Schema(
            description = "The SHA-256 of its bytes, lower-case hex; also the download's ETag.",
            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
    @Schema(
            description = "Where to download it (GET, same bearer token).",
            example = "/api/v1/attachments/0b6f6a8e-5d1c-4f3e-9a57-2f1e4c8d9b10")
        String url,
    @Schema(
            description = "When it was uploaded; in a ticket's attachments, null.",
            example = "2024-05-20T02:00:00Z")
        Instant uploadedAt) {

  public static AttachmentPayload of(AttachmentRef ref) {
    return new AttachmentPayload(
        ref.id(),
        ref.fileName(),
        ref.contentType(),
        ref.size(),
        ref.sha256(),
        AttachmentController.BASE + "/" + ref.id(),
        null);
  }

  static AttachmentPayload of(StoredAttachment stored) {
    AttachmentRef ref = stored.ref();
    return new AttachmentPayload(
        ref.id(),
        ref.fileName(),
        ref.contentType(),
        ref.size(),
        ref.sha256(),
        AttachmentController.BASE + "/" + ref.id(),
        stored.uploadedAt());
  }
}
