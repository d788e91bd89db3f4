package com.feedbackdesk.domain.aftersales;

/**
 * The rules of the after-sales policy, each with what it tells the customer in their language. The
 * messages take the arguments the review hands them, in the order of their placeholders.
 */
public enum PolicyRule {
  /** No more items than the line has. */
  QUANTITY(
      "申请数量 %s 件，订单行共 %s 件，已售后 %s 件",
      "%s item(s) applied for, the order line has %s, %s settled already",
      "申请数量 %s 件超过订单行可售后的数量（共 %s 件，已售后 %s 件）",
      "%s item(s) applied for, but the order line has %s, %s of them settled already",
      null,
      null),
  /** One open application per order line. */
  ONE_OPEN_PER_LINE(
      "该订单行没有进行中的售后申请",
      "no other application is open for this order line",
      "该订单行已有进行中的售后申请 %s，请在该申请中继续处理",
      "application %s is already open for this order line; please continue there",
      null,
      null),
  /** The remedy asked for fits the reason. */
  REMEDY_FITS_REASON(
      "“%s”可申请%s",
      "%s allows a %s", "“%s”不能申请%s，可申请：%s", "%s does not allow a %s; it allows: %s", null, null),
  /** The goods have arrived (the windows count from receipt). */
  GOODS_RECEIVED(
      "已于 %s 签收",
      "received on %s",
      "商品尚未签收，请收货后再申请",
      "the goods have not been received yet; please apply once they arrive",
      "物流显示已送达但未签收，需人工核实",
      "the carrier delivered the goods but nobody signed for them; a person will check"),
  /**
   * Goods the customer says never arrived are a matter for a person, who checks the carrier: the
   * shop's record cannot tell a parcel lost from one still on its way.
   */
  NOT_DELIVERED(
      null,
      null,
      null,
      null,
      "物流记录显示商品已于 %s 送达，需人工核实",
      "the carrier's record says the goods were delivered on %s; a person will check"),
  /** Goods the shop's record has not delivered: in transit or lost, a person checks the carrier. */
  IN_TRANSIT(
      null,
      null,
      null,
      null,
      "物流记录显示商品尚未送达，需人工核实物流",
      "the carrier has not delivered the goods yet; a person will check the parcel's way"),
  /** The category is not exempt from the 7-day no-reason return. */
  NO_REASON_EXEMPTION(
      "%s类商品支持无理由退货",
      "%s goods can be returned without a reason",
      "%s类商品不支持无理由退货（定制、鲜活易腐、已拆封的软件等）",
      "%s goods cannot be returned without a reason (customised, perishable, opened software …)",
      null,
      null),
  /** Within the no-reason return window, counted from the day after receipt. */
  NO_REASON_WINDOW(
      "签收后第 %s 天申请，在 %s 天无理由退货期内（截至 %s）",
      "applied on day %s after receipt, within the %s-day no-reason return (until the end of %s)",
      "签收后第 %s 天申请，已超过 %s 天无理由退货期（截至 %s）",
      "applied on day %s after receipt, after the %s-day no-reason return ended (on %s)",
      null,
      null),
  /**
   * Within the window for a faulty item's return or exchange, counted from the day after receipt.
   */
  FAULT_WINDOW(
      "签收后第 %s 天申请，在%s期内（截至 %s）",
      "applied on day %s after receipt, within the %s period (until the end of %s)",
      "签收后第 %s 天申请，已超过%s期（截至 %s）",
      "applied on day %s after receipt, after the %s period ended (on %s)",
      null,
      null),
  /** Within the category's free-repair warranty, counted from receipt. */
  WARRANTY_WINDOW(
      "在 %s 个月免费保修期内（截至 %s）",
      "within the %s-month free repair warranty (until the end of %s)",
      "已超过 %s 个月免费保修期（截至 %s），可申请付费维修",
      "the %s-month free repair warranty ended on %s; a paid repair can be arranged",
      null,
      null),
  /** A claimed fault comes with photos or videos. */
  EVIDENCE(
      "已上传 %s 个凭证",
      "%s photo(s) or video(s) attached",
      null,
      null,
      "未上传照片或视频凭证，客服将联系您补充",
      "no photo or video shows the problem; our staff will ask you for one"),
  /** Amounts above the policy's limit are decided by a person. */
  AMOUNT_LIMIT(
      "申请金额 %s 在自动审核额度 %s 内",
      "the amount %s is within the automatic review's limit of %s",
      null,
      null,
      "申请金额 %s 超过自动审核额度 %s，需人工审核",
      "the amount %s is above the automatic review's limit of %s; a person decides");

  private final String passedZh;
  private final String passedEn;
  private final String failedZh;
  private final String failedEn;
  private final String undecidableZh;
  private final String undecidableEn;

  PolicyRule(
      String passedZh,
      String passedEn,
      String failedZh,
      String failedEn,
      String undecidableZh,
      String undecidableEn) {
    this.passedZh = passedZh;
    this.passedEn = passedEn;
    this.failedZh = failedZh;
    this.failedEn = failedEn;
    this.undecidableZh = undecidableZh;
    this.undecidableEn = undecidableEn;
  }

  /** The rule's outcome, stated in the customer's language. */
  RuleOutcome outcome(RuleVerdict verdict, CustomerLanguage language, Object... arguments) {
    boolean english = language == CustomerLanguage.ENGLISH;
    String template =
        switch (verdict) {
          case PASSED -> english ? passedEn : passedZh;
          case FAILED -> english ? failedEn : failedZh;
          case UNDECIDABLE -> english ? undecidableEn : undecidableZh;
        };
    if (template == null) {
      throw new AssertionError(this + " never ends " + verdict);
    }
    return new RuleOutcome(this, verdict, String.format(template, arguments));
  }
}
