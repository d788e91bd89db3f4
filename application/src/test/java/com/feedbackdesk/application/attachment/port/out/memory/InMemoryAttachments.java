package com.feedbackdesk.application.attachment.port.out.memory;

import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.model.NewAttachment;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.application.attachment.port.out.AttachmentStorePort;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Attachments in memory, for tests of the services. */
public final class InMemoryAttachments implements AttachmentStorePort {

  private record Entry(StoredAttachment attachment, byte[] bytes) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public StoredAttachment store(NewAttachment attachment, InputStream content) {
    byte[] bytes;
    try {
      bytes = content.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoredAttachment stored =
        new StoredAttachment(
            new AttachmentRef(
                attachment.id(),
                attachment.fileName(),
                attachment.contentType(),
                bytes.length,
                sha256(bytes)),
            attachment.uploadedBy(),
            attachment.uploadedAt(),
            null);
    entries.put(attachment.id(), new Entry(stored, bytes));
    return stored;
  }

  @Override
  public Optional<StoredAttachment> find(String id) {
    return Optional.ofNullable(entries.get(id)).map(Entry::attachment);
  }

  @Override
  public InputStream open(String id, long offset, long length) {
    Entry entry = entries.get(id);
    if (entry == null) {
      throw new NoSuchElementException("no attachment " + id);
    }
    int from = (int) Math.min(offset, entry.bytes().length);
    int count = (int) Math.min(length, entry.bytes().length - from);
    return new ByteArrayInputStream(entry.bytes(), from, count);
  }

  @Override
  public synchronized boolean claim(String id, AttachmentOwner owner) {
    Entry entry = entries.get(id);
    if (entry == null) {
      return false;
    }
    AttachmentOwner current = entry.attachment().owner();
    if (current != null) {
      return current.equals(owner);
    }
    entries.put(id, new Entry(entry.attachment().ownedBy(owner), entry.bytes()));
    return true;
  }

  @Override
  public synchronized void release(String id, AttachmentOwner owner) {
    Entry entry = entries.get(id);
    if (entry != null && Objects.equals(entry.attachment().owner(), owner)) {
      entries.put(id, new Entry(entry.attachment().ownedBy(null), entry.bytes()));
    }
  }

  @Override
  public void delete(String id) {
    entries.remove(id);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
