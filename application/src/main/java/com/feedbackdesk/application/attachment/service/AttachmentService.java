package com.feedbackdesk.application.attachment.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.attachment.model.AttachmentDownload;
import com.feedbackdesk.application.attachment.model.AttachmentLimits;
import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.model.AttachmentUpload;
import com.feedbackdesk.application.attachment.model.ByteRange;
import com.feedbackdesk.application.attachment.model.MediaKind;
import com.feedbackdesk.application.attachment.model.NewAttachment;
import com.feedbackdesk.application.attachment.model.SniffedType;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.application.attachment.port.in.AttachmentNotFoundException;
import com.feedbackdesk.application.attachment.port.in.AttachmentTooLargeException;
import com.feedbackdesk.application.attachment.port.in.AttachmentsUseCase;
import com.feedbackdesk.application.attachment.port.in.RangeNotSatisfiableException;
import com.feedbackdesk.application.attachment.port.in.UnsupportedAttachmentTypeException;
import com.feedbackdesk.application.attachment.port.out.AttachmentStorePort;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Uploads, claims and downloads of attachments. Uploads are the uploader's alone until a
 * submission, a reply or another feature's command claims them; from then on they reach as far as
 * what they are attached to, decided by that feature's {@link AttachmentReach}.
 */
public final class AttachmentService implements AttachmentsUseCase {

  private final AttachmentStorePort store;
  private final AttachmentLimits limits;
  private final Clock clock;
  private final Map<String, AttachmentReach> reaches;

  public AttachmentService(
      AttachmentStorePort store,
      AttachmentLimits limits,
      Clock clock,
      List<AttachmentReach> reaches) {
    this.store = store;
    this.limits = limits;
    this.clock = clock;
    this.reaches =
        reaches.stream().collect(Collectors.toMap(AttachmentReach::kind, Function.identity()));
  }

  public AttachmentLimits limits() {
    return limits;
  }

  @Override
  public StoredAttachment upload(Caller caller, AttachmentUpload upload) {
    PermissionMatrix.require(caller, TicketOperation.UPLOAD_ATTACHMENT);
    String fileName = fileName(upload.fileName());
    BufferedInputStream content = new BufferedInputStream(upload.content(), 64 * 1024);
    byte[] header = new byte[ContentSniffer.HEADER_BYTES];
    int length = header(content, header);
    SniffedType type =
        ContentSniffer.sniff(header, length)
            .orElseThrow(
                () ->
                    new UnsupportedAttachmentTypeException(
                        "the file's bytes are no photo or video the service takes (JPEG, PNG,"
                            + " GIF, WebP, HEIC/HEIF, AVIF, MP4, QuickTime, 3GP, WebM, Matroska)"));
    if (!type.agreesWith(upload.declaredType())) {
      throw new UnsupportedAttachmentTypeException(
          "the file was declared as "
              + upload.declaredType()
              + " but its bytes are "
              + type.mediaType());
    }
    long limit = limits.maxBytes(type.kind());
    String what = type.kind() == MediaKind.IMAGE ? "a photo" : "a video";
    if (upload.declaredSize() > limit) {
      throw new AttachmentTooLargeException(what, limit);
    }
    CheckedContent checked = new CheckedContent(content, limit, what);
    NewAttachment attachment =
        new NewAttachment(
            UUID.randomUUID().toString(),
            fileName,
            type.mediaType(),
            caller.actor(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    return store.store(attachment, checked);
  }

  /** Reads the first bytes, then rewinds so that the store reads them too. */
  private static int header(BufferedInputStream content, byte[] header) {
    try {
      content.mark(header.length);
      int length = content.readNBytes(header, 0, header.length);
      content.reset();
      return length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last segment of the name a client gave (some send a path), as the events keep it. */
  static String fileName(String given) {
    String name = given == null ? "" : given.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidValueException("file", "the file needs a name");
    }
    if (name.codePointCount(0, name.length()) > AttachmentRef.MAX_FILE_NAME) {
      throw new InvalidValueException(
          "file", "a file name may be at most " + AttachmentRef.MAX_FILE_NAME + " characters");
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      throw new InvalidValueException("file", "a file name must not contain control characters");
    }
    return name;
  }

  @Override
  public StoredAttachment describe(Caller caller, String id) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_ATTACHMENT);
    StoredAttachment attachment =
        store.find(id).orElseThrow(() -> new AttachmentNotFoundException(id));
    AttachmentOwner owner = attachment.owner();
    if (owner == null) {
      // an upload attached to nothing yet is its uploader's alone
      if (!uploadedBy(caller, attachment)) {
        throw new AttachmentNotFoundException(id);
      }
      return attachment;
    }
    AttachmentReach reach = reaches.get(owner.kind());
    if (reach == null || !reach.reaches(caller, owner.id())) {
      // attached to something the caller may not know of, or this service cannot show
      throw new AttachmentNotFoundException(id);
    }
    return attachment;
  }

  @Override
  public AttachmentDownload download(Caller caller, String id, ByteRange range) {
    StoredAttachment attachment = describe(caller, id);
    long size = attachment.ref().size();
    long first = 0;
    long length = size;
    if (range != null) {
      if (range.suffixLength() != null) {
        if (range.suffixLength() <= 0 || size == 0) {
          throw new RangeNotSatisfiableException(size);
        }
        length = Math.min(range.suffixLength(), size);
        first = size - length;
      } else {
        first = range.first();
        if (first >= size) {
          throw new RangeNotSatisfiableException(size);
        }
        long last = range.last() == null ? size - 1 : Math.min(range.last(), size - 1);
        if (last < first) {
          throw new RangeNotSatisfiableException(size);
        }
        length = last - first + 1;
      }
    }
    InputStream content = store.open(id, first, length);
    return new AttachmentDownload(attachment, first, length, range != null, content);
  }

  @Override
  public List<AttachmentRef> claim(
      Caller caller, List<String> attachmentIds, AttachmentOwner owner) {
    if (attachmentIds == null || attachmentIds.isEmpty()) {
      return List.of();
    }
    if (attachmentIds.size() > limits.maxPerItem()) {
      throw new InvalidValueException(
          "attachments", "at most " + limits.maxPerItem() + " attachments at a time");
    }
    Set<String> seen = new HashSet<>();
    List<StoredAttachment> found = new ArrayList<>();
    for (String id : attachmentIds) {
      if (id == null || !seen.add(id)) {
        throw new InvalidValueException("attachments", "an attachment is named twice, or as null");
      }
      StoredAttachment attachment = store.find(id).orElse(null);
      if (attachment == null || !uploadedBy(caller, attachment)) {
        throw new InvalidValueException("attachments", "you uploaded no attachment " + id);
      }
      if (attachment.owner() != null && !attachment.owner().equals(owner)) {
        throw new InvalidValueException(
            "attachments", "attachment " + id + " is attached to something else already");
      }
      found.add(attachment);
    }
    List<AttachmentRef> claimed = new ArrayList<>();
    for (StoredAttachment attachment : found) {
      if (!store.claim(attachment.id(), owner)) {
        release(claimed, owner);
        throw new InvalidValueException(
            "attachments",
            "attachment " + attachment.id() + " was attached to something else meanwhile");
      }
      claimed.add(attachment.ref());
    }
    return List.copyOf(claimed);
  }

  @Override
  public void release(List<AttachmentRef> attachments, AttachmentOwner owner) {
    for (AttachmentRef attachment : attachments) {
      store.release(attachment.id(), owner);
    }
  }

  /** Whether the caller uploaded it: as the customer or as the member of staff they are. */
  private static boolean uploadedBy(Caller caller, StoredAttachment attachment) {
    Actor uploader = attachment.uploadedBy();
    return (caller.customerId() != null
            && Objects.equals(uploader, Actor.customer(caller.customerId())))
        || (caller.staffId() != null && Objects.equals(uploader, Actor.agent(caller.staffId())));
  }
}
