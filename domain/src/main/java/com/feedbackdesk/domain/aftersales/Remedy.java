package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.ticket.ResolutionType;

/**
 * What the customer asks for; each is one of the ticket's resolution types, which the completed
 * application resolves its ticket with.
 */
public enum Remedy {
  /** 仅退款: money back, the goods stay (never arrived, or not worth sending back) */
  REFUND(ResolutionType.REFUND, false, "仅退款", "refund"),
  /** 退货退款: the goods go back, then the money */
  RETURN(ResolutionType.RETURN, true, "退货退款", "return and refund"),
  /** 换货 */
  EXCHANGE(ResolutionType.EXCHANGE, true, "换货", "exchange"),
  /** 维修 */
  REPAIR(ResolutionType.REPAIR, true, "维修", "repair"),
  /** 补发: what was missing or lost is sent again */
  RESEND(ResolutionType.RESEND, false, "补发", "resend");

  private final ResolutionType resolution;
  private final boolean goodsComeBack;
  private final String chinese;
  private final String english;

  Remedy(ResolutionType resolution, boolean goodsComeBack, String chinese, String english) {
    this.resolution = resolution;
    this.goodsComeBack = goodsComeBack;
    this.chinese = chinese;
    this.english = english;
  }

  public ResolutionType resolution() {
    return resolution;
  }

  /** Whether the customer sends the goods back before the shop acts. */
  public boolean goodsComeBack() {
    return goodsComeBack;
  }

  public String label(CustomerLanguage language) {
    return language == CustomerLanguage.ENGLISH ? english : chinese;
  }
}
