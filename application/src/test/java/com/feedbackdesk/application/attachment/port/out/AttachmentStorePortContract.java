package com.feedbackdesk.application.attachment.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.model.NewAttachment;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.domain.shared.Actor;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttachmentStorePort} must do; extended by each implementation's test. The files
 * span several chunks of GridFS's 255 KiB, so reads across chunk boundaries are covered.
 */
public abstract class AttachmentStorePortContract {

  protected static final Actor UPLOADER = Actor.customer("C10086");
  protected static final Instant AT = Instant.parse("2026-11-05T02:00:00Z");
  private static final AttachmentOwner TICKET =
      new AttachmentOwner(AttachmentOwner.TICKET, "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
  private static final AttachmentOwner OTHER =
      new AttachmentOwner(AttachmentOwner.TICKET, "00000000-4b5a-4c6d-8e7f-9a0b1c2d3e4f");

  private AttachmentStorePort store;

  protected abstract AttachmentStorePort createPort();

  @BeforeEach
  void create() {
    store = createPort();
  }

  protected static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  protected static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private StoredAttachment stored(byte[] bytes) {
    return store.store(
        new NewAttachment(UUID.randomUUID().toString(), "破损照片.jpg", "image/jpeg", UPLOADER, AT),
        new ByteArrayInputStream(bytes));
  }

  @Test
  void whatIsStoredIsFoundWithItsSizeAndDigestAndReadBackWhole() throws Exception {
    byte[] bytes = bytes(700_000, 1);

    StoredAttachment stored = stored(bytes);

    assertThat(stored.ref().size()).isEqualTo(700_000);
    assertThat(stored.ref().sha256()).isEqualTo(sha256(bytes));
    assertThat(stored.owner()).isNull();
    assertThat(store.find(stored.id())).contains(stored);
    assertThat(stored.ref().fileName()).isEqualTo("破损照片.jpg");
    assertThat(stored.uploadedBy()).isEqualTo(UPLOADER);
    assertThat(stored.uploadedAt()).isEqualTo(AT);
    try (InputStream read = store.open(stored.id(), 0, bytes.length)) {
      assertThat(read.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void aRangeAcrossChunksReadsExactlyThoseBytes() throws Exception {
    byte[] bytes = bytes(800_000, 2);
    StoredAttachment stored = stored(bytes);

    try (InputStream read = store.open(stored.id(), 260_000, 300_000)) {
      assertThat(read.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 260_000, 560_000));
    }
    try (InputStream tail = store.open(stored.id(), 799_990, 100)) {
      assertThat(tail.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 799_990, 800_000));
    }
  }

  @Test
  void anEmptyFileIsStoredToo() throws Exception {
    StoredAttachment stored = stored(new byte[0]);

    assertThat(store.find(stored.id()).orElseThrow().ref().size()).isZero();
    try (InputStream read = store.open(stored.id(), 0, 0)) {
      assertThat(read.readAllBytes()).isEmpty();
    }
  }

  @Test
  void whenReadingFailsNothingIsKept() {
    String id = UUID.randomUUID().toString();
    InputStream failing =
        new FilterInputStream(new ByteArrayInputStream(bytes(600_000, 3))) {
          private int read;

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, Math.min(length, 8192));
            read += Math.max(n, 0);
            if (read > 400_000) {
              throw new IllegalStateException("too large");
            }
            return n;
          }
        };

    assertThatThrownBy(
            () -> store.store(new NewAttachment(id, "big.mp4", "video/mp4", UPLOADER, AT), failing))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.find(id)).isEmpty();
  }

  @Test
  void anAttachmentIsClaimedByOneOwnerOnlyUntilReleased() {
    StoredAttachment stored = stored(bytes(10, 4));

    assertThat(store.claim(stored.id(), TICKET)).isTrue();
    assertThat(store.claim(stored.id(), TICKET)).as("again, for the same owner").isTrue();
    assertThat(store.claim(stored.id(), OTHER)).isFalse();
    assertThat(store.find(stored.id()).orElseThrow().owner()).isEqualTo(TICKET);

    store.release(stored.id(), OTHER);
    assertThat(store.find(stored.id()).orElseThrow().owner()).as("not OTHER's").isEqualTo(TICKET);
    store.release(stored.id(), TICKET);
    assertThat(store.find(stored.id()).orElseThrow().owner()).isNull();
    assertThat(store.claim(stored.id(), OTHER)).isTrue();
  }

  @Test
  void unknownIdsAreNeitherFoundNorClaimed() {
    assertThat(store.find("no-such-id")).isEmpty();
    assertThat(store.claim("no-such-id", TICKET)).isFalse();
  }

  @Test
  void aDeletedAttachmentIsGone() {
    StoredAttachment stored = stored(bytes(300_000, 5));

    store.delete(stored.id());

    assertThat(store.find(stored.id())).isEmpty();
  }
}
