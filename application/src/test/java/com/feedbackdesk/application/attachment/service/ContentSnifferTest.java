package com.feedbackdesk.application.attachment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.attachment.model.MediaKind;
import com.feedbackdesk.application.attachment.model.SniffedType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  private static Optional<String> sniff(byte[] bytes) {
    return ContentSniffer.sniff(bytes, bytes.length).map(SniffedType::mediaType);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An ftyp box of 24 bytes: major brand, minor version, two compatible brands. */
  private static byte[] ftyp(String major, String compatible1, String compatible2) {
    byte[] box = new byte[32];
    System.arraycopy(bytes(0, 0, 0, 24), 0, box, 0, 4);
    System.arraycopy(ascii("ftyp" + major), 0, box, 4, 8);
    System.arraycopy(ascii(compatible1 + compatible2), 0, box, 16, 8);
    return box;
  }

  @Test
  void photosAreRecognisedByTheirMagicNumbers() {
    assertThat(sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16))).contains("image/jpeg");
    assertThat(sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains("image/png");
    assertThat(sniff(ascii("GIF89a\u0001\u0000"))).contains("image/gif");
    assertThat(sniff(ascii("GIF87a\u0001\u0000"))).contains("image/gif");
    assertThat(sniff(ascii("RIFF\u0010\u0000\u0000\u0000WEBPVP8 "))).contains("image/webp");
    assertThat(sniff(ftyp("heic", "mif1", "heic"))).contains("image/heic");
    assertThat(sniff(ftyp("mif1", "mif1", "miaf"))).contains("image/heif");
    assertThat(sniff(ftyp("avif", "mif1", "miaf"))).contains("image/avif");
  }

  @Test
  void videosAreRecognisedByTheirContainer() {
    assertThat(sniff(ftyp("isom", "isom", "mp41"))).contains("video/mp4");
    assertThat(sniff(ftyp("mp42", "mp42", "isom"))).contains("video/mp4");
    assertThat(sniff(ftyp("qt  ", "qt  ", "    "))).contains("video/quicktime");
    assertThat(sniff(ftyp("3gp5", "3gp5", "isom"))).contains("video/3gpp");
    assertThat(sniff(ftyp("XXXX", "zzzz", "mp41")))
        .as("by a compatible brand")
        .contains("video/mp4");
    byte[] webm = new byte[40];
    System.arraycopy(bytes(0x1A, 0x45, 0xDF, 0xA3), 0, webm, 0, 4);
    System.arraycopy(ascii("webm"), 0, webm, 24, 4);
    assertThat(sniff(webm)).contains("video/webm");
    assertThat(sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x42, 0x82, 0x88))).contains("video/x-matroska");
    assertThat(ContentSniffer.sniff(ftyp("isom", "isom", "mp41"), 32).orElseThrow().kind())
        .isEqualTo(MediaKind.VIDEO);
  }

  @Test
  void anythingElseIsNoAttachment() {
    assertThat(sniff(ascii("not a photo at all"))).isEmpty();
    assertThat(sniff(ascii("%PDF-1.7\n"))).isEmpty();
    assertThat(sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
    assertThat(sniff(bytes(0x50, 0x4B, 0x03, 0x04))).as("a zip").isEmpty();
    assertThat(sniff(new byte[0])).isEmpty();
    assertThat(sniff(bytes(0xFF, 0xD8))).as("too short").isEmpty();
    assertThat(sniff(ftyp("zzzz", "yyyy", "xxxx"))).as("unknown brands").isEmpty();
    assertThat(sniff(bytes(0, 0, 0, 8, 'f', 't', 'y', 'p'))).as("a box too small").isEmpty();
  }

  @Test
  void aDeclaredTypeMustAgreeWithTheBytes() {
    SniffedType png = ContentSniffer.PNG;
    SniffedType jpeg = ContentSniffer.JPEG;

    assertThat(png.agreesWith("image/png")).isTrue();
    assertThat(png.agreesWith("IMAGE/PNG; name=x")).isTrue();
    assertThat(png.agreesWith(null)).isTrue();
    assertThat(png.agreesWith("application/octet-stream")).isTrue();
    assertThat(png.agreesWith("video/mp4")).isFalse();
    assertThat(png.agreesWith("image/jpeg")).isFalse();
    assertThat(jpeg.agreesWith("image/jpg")).isTrue();
    assertThat(ContentSniffer.QUICKTIME.agreesWith("video/mp4")).isTrue();
  }
}
