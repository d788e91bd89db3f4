package com.feedbackdesk.domain.ticket;

/** Where the feedback came in (接收渠道). */
public enum Channel {
  WEB_FORM,
  APP,
  PHONE,
  EMAIL,
  ONLINE_CHAT,
  SOCIAL_MEDIA,
  THIRD_PARTY_PLATFORM,
  STORE_COMMENT_BOOK
}
