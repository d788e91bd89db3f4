package com.feedbackdesk.domain.ticket;

/** How the case was settled (处理结果). */
public enum ResolutionType {
  /** 退款 */
  REFUND,
  /** 退货 */
  RETURN,
  /** 换货 */
  EXCHANGE,
  /** 维修 */
  REPAIR,
  /** 补发 */
  RESEND,
  /** coupon, points, freight refund */
  COMPENSATION,
  /** 解答 / 使用指南 */
  EXPLANATION,
  /** apology and service improvement */
  APOLOGY,
  OTHER
}
