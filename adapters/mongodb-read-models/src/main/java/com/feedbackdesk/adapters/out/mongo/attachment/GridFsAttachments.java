package com.feedbackdesk.adapters.out.mongo.attachment;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.model.NewAttachment;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.application.attachment.port.out.AttachmentStorePort;
import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.ActorKind;
import com.mongodb.MongoException;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Attachments in GridFS, in the bucket {@code attachments} of the service's database: the bytes in
 * {@code attachments.chunks} (255 KiB a chunk), and in {@code attachments.files} one document per
 * file whose {@code metadata} holds what the application needs: the sniffed content type, the
 * SHA-256 (computed while the bytes stream in), the uploader, and the owner once claimed. A file
 * counts as stored only once its digest is recorded, after its last chunk: an upload that failed
 * half-way is never found. Standard GridFS, so {@code mongofiles} and every driver read it; on the
 * embedded server as on a replica set (ADR 0020).
 */
public final class GridFsAttachments implements AttachmentStorePort {

  public static final String BUCKET = "attachments";

  /** GridFS's default chunk size: a chunk document stays far below MongoDB's 16 MiB limit. */
  public static final int CHUNK_SIZE = 255 * 1024;

  private final GridFSBucket bucket;
  private final MongoCollection<Document> files;

  public GridFsAttachments(MongoDatabase database) {
    this.files = MongoCollections.ensure(database, BUCKET + ".files");
    MongoCollections.ensure(database, BUCKET + ".chunks");
    this.bucket = GridFSBuckets.create(database, BUCKET).withChunkSizeBytes(CHUNK_SIZE);
  }

  @Override
  public StoredAttachment store(NewAttachment attachment, InputStream content) {
    MessageDigest digest = sha256();
    long size = 0;
    Document metadata =
        new Document("contentType", attachment.contentType())
            .append("uploadedBy", actor(attachment.uploadedBy()))
            .append("uploadedAt", Date.from(attachment.uploadedAt()))
            .append("owner", null);
    GridFSUploadStream upload =
        MongoFailures.translated(
            () ->
                bucket.openUploadStream(
                    new BsonString(attachment.id()),
                    attachment.fileName(),
                    new GridFSUploadOptions().chunkSizeBytes(CHUNK_SIZE).metadata(metadata)));
    try {
      byte[] buffer = new byte[64 * 1024];
      for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
        digest.update(buffer, 0, n);
        upload.write(buffer, 0, n);
        size += n;
      }
      upload.close();
    } catch (IOException | RuntimeException e) {
      abort(upload);
      if (e instanceof MongoException mongo) {
        throw new StorageUnavailableException("MongoDB could not store the attachment", mongo);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
    String sha256 = HexFormat.of().formatHex(digest.digest());
    MongoFailures.translated(
        () -> files.updateOne(byId(attachment.id()), Updates.set("metadata.sha256", sha256)));
    return new StoredAttachment(
        new AttachmentRef(
            attachment.id(), attachment.fileName(), attachment.contentType(), size, sha256),
        attachment.uploadedBy(),
        attachment.uploadedAt(),
        null);
  }

  private static void abort(GridFSUploadStream upload) {
    try {
      upload.abort(); // deletes the chunks written so far
    } catch (RuntimeException e) {
      // the upload failed already; chunks left behind belong to no file and are never read
    }
  }

  @Override
  public Optional<StoredAttachment> find(String id) {
    return MongoFailures.translated(
        () -> Optional.ofNullable(files.find(byId(id)).first()).flatMap(GridFsAttachments::of));
  }

  @Override
  public InputStream open(String id, long offset, long length) {
    GridFSDownloadStream download;
    try {
      download = MongoFailures.translated(() -> bucket.openDownloadStream(new BsonString(id)));
    } catch (StorageUnavailableException e) {
      if (e.getCause() instanceof MongoGridFSException) {
        throw new NoSuchElementException("no attachment " + id);
      }
      throw e;
    }
    return new RangeStream(download, offset, length);
  }

  @Override
  public boolean claim(String id, AttachmentOwner owner) {
    return MongoFailures.translated(
        () -> {
          Document ownerDocument = owner(owner);
          long claimed =
              files
                  .updateOne(
                      Filters.and(byId(id), Filters.eq("metadata.owner", null)),
                      Updates.set("metadata.owner", ownerDocument))
                  .getMatchedCount();
          if (claimed == 1) {
            return true;
          }
          return find(id).map(found -> owner.equals(found.owner())).orElse(false);
        });
  }

  @Override
  public void release(String id, AttachmentOwner owner) {
    MongoFailures.translated(
        () ->
            files.updateOne(
                Filters.and(byId(id), Filters.eq("metadata.owner", owner(owner))),
                Updates.set("metadata.owner", null)));
  }

  @Override
  public void delete(String id) {
    try {
      MongoFailures.translated(() -> bucket.delete(new BsonString(id)));
    } catch (StorageUnavailableException e) {
      if (!(e.getCause() instanceof MongoGridFSException)) {
        throw e; // MongoGridFSException: there was no such file
      }
    }
  }

  private static Bson byId(String id) {
    return Filters.eq("_id", id);
  }

  /** The stored file, once complete (its digest recorded). */
  private static Optional<StoredAttachment> of(Document file) {
    Document metadata = file.get("metadata", Document.class);
    if (metadata == null || metadata.getString("sha256") == null) {
      return Optional.empty();
    }
    Document owner = metadata.get("owner", Document.class);
    return Optional.of(
        new StoredAttachment(
            new AttachmentRef(
                file.getString("_id"),
                file.getString("filename"),
                metadata.getString("contentType"),
                ((Number) file.get("length")).longValue(),
                metadata.getString("sha256")),
            actor(metadata.get("uploadedBy", Document.class)),
            metadata.getDate("uploadedAt").toInstant(),
            owner == null
                ? null
                : new AttachmentOwner(owner.getString("kind"), owner.getString("id"))));
  }

  private static Document actor(Actor actor) {
    return new Document("kind", actor.kind().name()).append("id", actor.id());
  }

  private static Actor actor(Document actor) {
    return new Actor(ActorKind.valueOf(actor.getString("kind")), actor.getString("id"));
  }

  private static Document owner(AttachmentOwner owner) {
    return new Document("kind", owner.kind()).append("id", owner.id());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /**
   * At most {@code length} bytes of a GridFS file from {@code offset} on. GridFS's own skip moves
   * to the chunk the offset lies in and reads from there, so a range near the end of a video reads
   * only its own chunks.
   */
  private static final class RangeStream extends InputStream {

    private final GridFSDownloadStream download;
    private final long offset;
    private long remaining;
    private boolean positioned;

    RangeStream(GridFSDownloadStream download, long offset, long length) {
      this.download = download;
      this.offset = offset;
      this.remaining = length;
    }

    private void position() {
      if (positioned) {
        return;
      }
      positioned = true;
      long skipped = 0;
      while (skipped < offset) {
        long wanted = offset - skipped;
        long n = MongoFailures.translated(() -> download.skip(wanted));
        if (n <= 0) {
          break;
        }
        skipped += n;
      }
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      position();
      if (remaining <= 0) {
        return -1;
      }
      int n =
          MongoFailures.translated(
              () -> download.read(buffer, off, (int) Math.min(len, remaining)));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public void close() {
      download.close();
    }
  }
}
