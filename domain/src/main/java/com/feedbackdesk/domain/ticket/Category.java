package com.feedbackdesk.domain.ticket;

/** The default complaint taxonomy (问题分类), codes from the complaint handling plan. */
public enum Category {
  /** 商品质量: defects, damage, malfunction, missing parts. */
  CQ01("商品质量", "product quality"),
  /** 物流服务: late delivery, lost, damaged in transit, wrong or missing items. */
  CQ02("物流服务", "logistics"),
  /** 售后服务: return, refund, exchange handling. */
  CQ03("售后服务", "after-sales service"),
  /** 支付问题: payment failures, wrong charges. */
  CQ04("支付问题", "payment"),
  /** 客户服务: attitude, slow response. */
  CQ05("客户服务", "customer service conduct"),
  /** 账户安全: stolen account, leaked password. */
  CQ06("账户安全", "account security"),
  /** 虚假宣传: description does not match the goods. */
  CQ07("虚假宣传", "false advertising"),
  /** 个人信息保护: leak or misuse of personal data. */
  CQ08("个人信息保护", "personal-data protection"),
  /** 其他. */
  CQ09("其他", "other");

  private final String chineseName;
  private final String label;

  Category(String chineseName, String label) {
    this.chineseName = chineseName;
    this.label = label;
  }

  /** The name the complaint handling plan gives it (商品质量 and so on). */
  public String chineseName() {
    return chineseName;
  }

  public String label() {
    return label;
  }
}
