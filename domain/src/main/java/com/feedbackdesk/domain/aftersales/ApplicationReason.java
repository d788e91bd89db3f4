package com.feedbackdesk.domain.aftersales;

/** Why the customer applies; the policy's windows and the remedies allowed go by it. */
public enum ApplicationReason {
  /** 七天无理由退货 */
  NO_REASON("七天无理由", "no reason (7-day return)"),
  /** 质量问题 */
  QUALITY("质量问题", "quality problem"),
  /** 运输破损 */
  DAMAGED_IN_TRANSIT("运输破损", "damaged in transit"),
  /** 错发 */
  WRONG_ITEM("发错商品", "wrong item sent"),
  /** 少件漏发 */
  MISSING_PARTS("少件漏发", "missing parts"),
  /** 未收到货 */
  NOT_RECEIVED("未收到货", "not received"),
  /** 与描述不符 */
  NOT_AS_DESCRIBED("与描述不符", "not as described");

  private final String chinese;
  private final String english;

  ApplicationReason(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Whether the reason is a fault of the goods or the shop, which the customer shows evidence of.
   */
  public boolean claimsFault() {
    return this != NO_REASON && this != NOT_RECEIVED;
  }

  public String label(CustomerLanguage language) {
    return language == CustomerLanguage.ENGLISH ? english : chinese;
  }
}
