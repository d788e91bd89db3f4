package com.feedbackdesk.application.attachment.model;

import java.io.InputStream;

/**
 * A file as a client uploads it: what it is called and claims to be, and its bytes, read once.
 *
 * @param fileName the client's name for it; a path is cut to its last segment
 * @param declaredType the media type the client declared, or null; it must agree with the bytes
 * @param declaredSize the length the client declared, or -1 when unknown
 */
public record AttachmentUpload(
    String fileName, String declaredType, long declaredSize, InputStream content) {}
