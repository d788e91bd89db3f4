package com.feedbackdesk.application.attachment.service;

import com.feedbackdesk.application.attachment.model.MediaKind;
import com.feedbackdesk.application.attachment.model.SniffedType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is, from its first bytes (its magic numbers), whatever its name and declared type
 * say: the photos (JPEG, PNG, GIF, WebP, HEIC/HEIF, AVIF) and videos (MP4, QuickTime, 3GP, WebM,
 * Matroska) that phones and browsers send. Anything else is no attachment the service takes.
 */
public final class ContentSniffer {

  /** How many leading bytes {@link #sniff} looks at, at most. */
  public static final int HEADER_BYTES = 4096;

  static final SniffedType JPEG =
      new SniffedType("image/jpeg", MediaKind.IMAGE, Set.of("image/jpg", "image/pjpeg"));
  static final SniffedType PNG = new SniffedType("image/png", MediaKind.IMAGE, Set.of());
  static final SniffedType GIF = new SniffedType("image/gif", MediaKind.IMAGE, Set.of());
  static final SniffedType WEBP = new SniffedType("image/webp", MediaKind.IMAGE, Set.of());
  static final SniffedType HEIC =
      new SniffedType("image/heic", MediaKind.IMAGE, Set.of("image/heif", "image/heic-sequence"));
  static final SniffedType HEIF =
      new SniffedType("image/heif", MediaKind.IMAGE, Set.of("image/heic", "image/heif-sequence"));
  static final SniffedType AVIF = new SniffedType("image/avif", MediaKind.IMAGE, Set.of());
  static final SniffedType MP4 =
      new SniffedType("video/mp4", MediaKind.VIDEO, Set.of("video/x-m4v", "video/mpeg4"));
  static final SniffedType QUICKTIME =
      new SniffedType("video/quicktime", MediaKind.VIDEO, Set.of("video/mp4"));
  static final SniffedType THREE_GP =
      new SniffedType("video/3gpp", MediaKind.VIDEO, Set.of("video/mp4", "audio/3gpp"));
  static final SniffedType THREE_G2 =
      new SniffedType("video/3gpp2", MediaKind.VIDEO, Set.of("video/mp4", "audio/3gpp2"));
  static final SniffedType WEBM = new SniffedType("video/webm", MediaKind.VIDEO, Set.of());
  static final SniffedType MATROSKA =
      new SniffedType("video/x-matroska", MediaKind.VIDEO, Set.of("video/webm", "video/mkv"));

  private static final Set<String> MP4_BRANDS =
      Set.of(
          "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH",
          "M4VP", "mmp4", "dash", "MSNV", "f4v ", "NDAS", "XAVC", "hvc1");
  private static final Set<String> HEIC_BRANDS =
      Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");
  private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");
  private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

  private ContentSniffer() {}

  /** The type the bytes are, or empty when they are none the service takes. */
  public static Optional<SniffedType> sniff(byte[] header, int length) {
    if (startsWith(header, length, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(header, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (ascii(header, length, 0, 6).equals("GIF87a")
        || ascii(header, length, 0, 6).equals("GIF89a")) {
      return Optional.of(GIF);
    }
    if (ascii(header, length, 0, 4).equals("RIFF") && ascii(header, length, 8, 4).equals("WEBP")) {
      return Optional.of(WEBP);
    }
    if (ascii(header, length, 4, 4).equals("ftyp")) {
      return isoMedia(header, length);
    }
    if (startsWith(header, length, 0x1A, 0x45, 0xDF, 0xA3)) {
      return Optional.of(contains(header, length, "webm") ? WEBM : MATROSKA);
    }
    return Optional.empty();
  }

  /**
   * An ISO base media file (ISO/IEC 14496-12): its {@code ftyp} box names a major brand and
   * compatible brands; the first brand this service knows decides.
   */
  private static Optional<SniffedType> isoMedia(byte[] header, int length) {
    long boxSize = u32(header, 0);
    if (boxSize < 16 || length < 16) {
      return Optional.empty();
    }
    int end = (int) Math.min(Math.min(boxSize, length), 1024);
    Optional<SniffedType> major = brand(ascii(header, length, 8, 4));
    if (major.isPresent()) {
      return major;
    }
    for (int at = 16; at + 4 <= end; at += 4) {
      Optional<SniffedType> compatible = brand(ascii(header, length, at, 4));
      if (compatible.isPresent()) {
        return compatible;
      }
    }
    return Optional.empty();
  }

  private static Optional<SniffedType> brand(String brand) {
    if (HEIC_BRANDS.contains(brand)) {
      return Optional.of(HEIC);
    }
    if (AVIF_BRANDS.contains(brand)) {
      return Optional.of(AVIF);
    }
    if (HEIF_BRANDS.contains(brand)) {
      return Optional.of(HEIF);
    }
    if (brand.equals("qt  ")) {
      return Optional.of(QUICKTIME);
    }
    if (brand.startsWith("3gp")) {
      return Optional.of(THREE_GP);
    }
    if (brand.startsWith("3g2")) {
      return Optional.of(THREE_G2);
    }
    if (MP4_BRANDS.contains(brand)) {
      return Optional.of(MP4);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] header, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((header[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] header, int length, int offset, int count) {
    if (offset + count > length) {
      return "";
    }
    return new String(header, offset, count, StandardCharsets.ISO_8859_1);
  }

  private static long u32(byte[] header, int offset) {
    return ((header[offset] & 0xFFL) << 24)
        | ((header[offset + 1] & 0xFFL) << 16)
        | ((header[offset + 2] & 0xFFL) << 8)
        | (header[offset + 3] & 0xFFL);
  }

  private static boolean contains(byte[] header, int length, String text) {
    return new String(header, 0, Math.min(length, 64), StandardCharsets.ISO_8859_1).contains(text);
  }
}
