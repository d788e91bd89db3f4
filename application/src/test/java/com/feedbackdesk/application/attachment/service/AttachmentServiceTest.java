package com.feedbackdesk.application.attachment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.attachment.model.AttachmentLimits;
import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.model.AttachmentUpload;
import com.feedbackdesk.application.attachment.model.ByteRange;
import com.feedbackdesk.application.attachment.model.StoredAttachment;
import com.feedbackdesk.application.attachment.port.in.AttachmentTooLargeException;
import com.feedbackdesk.application.attachment.port.in.RangeNotSatisfiableException;
import com.feedbackdesk.application.attachment.port.out.memory.InMemoryAttachments;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of uploads, claims and ranges, on the in-memory store. */
class AttachmentServiceTest {

  private static final Caller CUSTOMER = Caller.customer("C10086");
  private final InMemoryAttachments store = new InMemoryAttachments();
  private final AttachmentService service =
      new AttachmentService(
          store,
          new AttachmentLimits(1_000, 2_000, 2),
          Clock.fixed(Instant.parse("2026-11-05T02:00:00Z"), ZoneOffset.UTC),
          List.of());

  private static byte[] png(int size) {
    byte[] bytes = new byte[size];
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
    return bytes;
  }

  private StoredAttachment upload(String name, byte[] bytes, long declaredSize) {
    return service.upload(
        CUSTOMER,
        new AttachmentUpload(name, "image/png", declaredSize, new ByteArrayInputStream(bytes)));
  }

  @Test
  void aPhotoLargerThanItsLimitIsRefusedWhileItStreamsAndNothingIsKept() {
    assertThatThrownBy(() -> upload("big.png", png(1_001), -1))
        .isInstanceOf(AttachmentTooLargeException.class)
        .hasMessageContaining("1000");
    assertThatThrownBy(() -> upload("big.png", png(10), 5_000))
        .as("declared too large")
        .isInstanceOf(AttachmentTooLargeException.class);
  }

  @Test
  void theFileNameIsItsLastSegment() {
    assertThat(upload("C:\\\\photos\\\\破损.png", png(20), 20).ref().fileName()).isEqualTo("破损.png");
    assertThat(upload("../../etc/x.png", png(20), 20).ref().fileName()).isEqualTo("x.png");
    assertThatThrownBy(() -> upload("dir/", png(20), 20)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rangesAreHeldAgainstTheSize() throws Exception {
    StoredAttachment photo = upload("p.png", png(100), 100);

    try (var part = service.download(CUSTOMER, photo.id(), ByteRange.from(90, 500L))) {
      assertThat(part.first()).isEqualTo(90);
      assertThat(part.length()).isEqualTo(10);
      assertThat(part.content().readAllBytes()).hasSize(10);
    }
    try (var tail = service.download(CUSTOMER, photo.id(), ByteRange.suffix(500))) {
      assertThat(tail.first()).isZero();
      assertThat(tail.length()).isEqualTo(100);
    }
    assertThatThrownBy(() -> service.download(CUSTOMER, photo.id(), ByteRange.from(100, null)))
        .isInstanceOf(RangeNotSatisfiableException.class);
    assertThatThrownBy(() -> service.download(CUSTOMER, photo.id(), ByteRange.suffix(0)))
        .isInstanceOf(RangeNotSatisfiableException.class);
  }

  @Test
  void aClaimTakesTheCallersOwnUploadsUpToTheLimitAndNothingWhenOneIsRefused() {
    AttachmentOwner ticket = new AttachmentOwner(AttachmentOwner.TICKET, "t-1");
    String a = upload("a.png", png(10), 10).id();
    String b = upload("b.png", png(10), 10).id();
    String c = upload("c.png", png(10), 10).id();

    assertThatThrownBy(() -> service.claim(CUSTOMER, List.of(a, b, c), ticket))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 2");
    assertThatThrownBy(() -> service.claim(CUSTOMER, List.of(a, a), ticket))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> service.claim(Caller.customer("C2"), List.of(a), ticket))
        .isInstanceOf(InvalidValueException.class);
    assertThat(store.find(a).orElseThrow().owner()).isNull();

    assertThat(service.claim(CUSTOMER, List.of(b, a), ticket))
        .extracting(r -> r.id())
        .containsExactly(b, a);
    assertThat(service.claim(CUSTOMER, List.of(a), ticket)).as("again, same owner").hasSize(1);
    assertThatThrownBy(
            () ->
                service.claim(
                    CUSTOMER, List.of(c, a), new AttachmentOwner(AttachmentOwner.TICKET, "t-2")))
        .isInstanceOf(InvalidValueException.class);
    assertThat(store.find(c).orElseThrow().owner()).as("c stays free").isNull();
  }
}
