package com.feedbackdesk.domain.ticket;

/** The default complaint taxonomy (问题分类), codes from the complaint handling plan. */
public enum Category {
  /** 商品质量: defects, damage, malfunction, missing parts. */
  CQ01("product quality"),
  /** 物流服务: late delivery, lost, damaged in transit, wrong or missing items. */
  CQ02("logistics"),
  /** 售后服务: return, refund, exchange handling. */
  CQ03("after-sales service"),
  /** 支付问题: payment failures, wrong charges. */
  CQ04("payment"),
  /** 客户服务: attitude, slow response. */
  CQ05("customer service conduct"),
  /** 账户安全: stolen account, leaked password. */
  CQ06("account security"),
  /** 虚假宣传: description does not match the goods. */
  CQ07("false advertising"),
  /** 个人信息保护: leak or misuse of personal data. */
  CQ08("personal-data protection"),
  /** 其他. */
  CQ09("other");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
