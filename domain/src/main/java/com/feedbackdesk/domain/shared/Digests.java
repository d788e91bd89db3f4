package com.feedbackdesk.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a piece of configuration that decides automatically (keyword rules, routing): a
 * digest of what it says, so that an event can name the configuration that decided it and two
 * decisions by the same configuration name the same version.
 */
public final class Digests {

  private Digests() {}

  /** {@code sha256:} and the first 12 hex digits of the text's SHA-256. */
  public static String version(String text) {
    return "sha256:" + hex(text, 6);
  }

  /** The first {@code bytes} bytes of the text's SHA-256 (UTF-8), in lower-case hex. */
  public static String hex(String text, int bytes) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }
}
