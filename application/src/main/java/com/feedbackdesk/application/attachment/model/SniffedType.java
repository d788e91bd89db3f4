package com.feedbackdesk.application.attachment.model;

import java.util.Locale;
import java.util.Set;

/**
 * What a file's first bytes say it is.
 *
 * @param mediaType the media type served with it
 * @param kind image or video
 * @param aliases other declared types that mean the same (image/jpg for image/jpeg)
 */
public record SniffedType(String mediaType, MediaKind kind, Set<String> aliases) {

  public SniffedType {
    aliases = Set.copyOf(aliases);
  }

  /**
   * Whether a client's declared type agrees with the bytes: the same type or an alias of it.
   * Nothing declared, or {@code application/octet-stream} (what a client sends that does not know),
   * agrees with any type.
   */
  public boolean agreesWith(String declared) {
    if (declared == null || declared.isBlank()) {
      return true;
    }
    String type = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.isEmpty()
        || type.equals("application/octet-stream")
        || type.equals(mediaType)
        || aliases.contains(type);
  }
}
