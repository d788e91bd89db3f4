package com.feedbackdesk.domain.ticket;

/** What kind of feedback this is; it stands beside the category. */
public enum TicketType {
  /** 投诉 */
  COMPLAINT,
  /** 咨询: how to use something, policy questions */
  CONSULTATION,
  /** 建议 */
  SUGGESTION,
  /** 售后申请: return, refund, exchange or repair applied for by the customer */
  AFTER_SALES
}
