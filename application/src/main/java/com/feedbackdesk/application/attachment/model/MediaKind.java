package com.feedbackdesk.application.attachment.model;

/** The kinds of file customers attach; each has its own size limit. */
public enum MediaKind {
  IMAGE,
  VIDEO
}
