package com.feedbackdesk.bootstrap;

import com.feedbackdesk.application.access.Pseudonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that pseudonymizes customers for analysts: {@code feedbackdesk.security.pseudonym-key}
 * (base64, at least 16 bytes; every instance must have the same), or else a key created once and
 * kept in the data directory, which suits a single instance.
 */
final class PseudonymKey {

  private static final Logger log = LoggerFactory.getLogger(PseudonymKey.class);

  private PseudonymKey() {}

  static Pseudonyms from(String configured, Path dataDirectory) {
    if (configured != null && !configured.isBlank()) {
      return new Pseudonyms(Base64.getDecoder().decode(configured.strip()));
    }
    Path file = dataDirectory.resolve("pseudonym-key");
    try {
      if (!Files.exists(file)) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the file keeps the directory's permissions
        }
        log.warn(
            "created a pseudonym key in {}; with several instances set"
                + " feedbackdesk.security.pseudonym-key on all of them instead",
            file);
      }
      return new Pseudonyms(Base64.getDecoder().decode(Files.readString(file).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the pseudonym key in " + file, e);
    }
  }
}
