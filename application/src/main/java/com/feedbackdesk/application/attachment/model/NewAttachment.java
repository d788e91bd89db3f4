package com.feedbackdesk.application.attachment.model;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;

/** What the store is told about an attachment before its bytes: all but their size and digest. */
public record NewAttachment(
    String id, String fileName, String contentType, Actor uploadedBy, Instant uploadedAt) {}
