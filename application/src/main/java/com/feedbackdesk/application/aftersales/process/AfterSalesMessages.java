package com.feedbackdesk.application.aftersales.process;

import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.domain.aftersales.CustomerLanguage;
import com.feedbackdesk.domain.aftersales.DecidedBy;
import com.feedbackdesk.domain.aftersales.Remedy;
import com.feedbackdesk.domain.aftersales.RuleOutcome;
import com.feedbackdesk.domain.aftersales.RuleVerdict;
import com.feedbackdesk.domain.ticket.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the after-sales process tells the customer on the ticket, in their language, and notes for
 * the staff (in Chinese, the staff's language).
 */
final class AfterSalesMessages {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  AfterSalesMessages(ZoneId zone) {
    this.zone = zone;
  }

  private String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  private static boolean english(ApplicationView app) {
    return CustomerLanguage.of(app.customerLanguage()) == CustomerLanguage.ENGLISH;
  }

  String ticketDescription(ApplicationView app) {
    CustomerLanguage zh = CustomerLanguage.CHINESE;
    return "售后申请 "
        + app.number()
        + "：订单 "
        + app.line().orderNumber()
        + " 第 "
        + app.line().lineId()
        + " 行，"
        + app.line().product()
        + " × "
        + app.quantity()
        + "，申请"
        + app.remedy().label(zh)
        + "，原因："
        + app.reason().label(zh)
        + "。\n";
  }

  /** The text cut to the limit a ticket's field takes, marked where it was cut. */
  static String within(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }

  String accepted(ApplicationView app, DecidedBy by, Instant dueBy, Money refund) {
    boolean en = english(app);
    String remedy = app.remedy().label(en ? CustomerLanguage.ENGLISH : CustomerLanguage.CHINESE);
    String head =
        en
            ? (by == DecidedBy.TIMEOUT ? "The shop did not decide in time, so your" : "Your")
                + " after-sales application "
                + app.number()
                + " ("
                + remedy
                + ") has been accepted. "
            : (by == DecidedBy.TIMEOUT ? "商家未在时限内处理，" : "")
                + "您的售后申请 "
                + app.number()
                + "（"
                + remedy
                + "）已通过审核。";
    String next;
    if (app.remedy().goodsComeBack()) {
      next =
          en
              ? "Please send the goods back by "
                  + time(dueBy)
                  + " and enter the carrier and tracking number in the application."
              : "请于 " + time(dueBy) + " 前寄回商品，并在申请中填写物流公司和运单号。";
    } else if (app.remedy() == Remedy.REFUND) {
      next =
          en
              ? "We will refund " + shown(refund) + " by " + time(dueBy) + "."
              : "我们将于 " + time(dueBy) + " 前退款 " + shown(refund) + "。";
    } else {
      next = en ? "We will send it again shortly." : "我们将尽快为您补发。";
    }
    return head + next;
  }

  String referred(ApplicationView app, Instant decideBy) {
    return english(app)
        ? "Your after-sales application "
            + app.number()
            + " needs a review by our staff; you will have our answer by "
            + time(decideBy)
            + ". If we have not answered by then, it is accepted."
        : "您的售后申请 " + app.number() + " 需要人工审核，我们将于 " + time(decideBy) + " 前答复您；逾期未答复将自动通过。";
  }

  String rejected(ApplicationView app, List<RuleOutcome> failed, String note) {
    boolean en = english(app);
    String reasons =
        failed.isEmpty()
            ? "- " + note
            : failed.stream().map(r -> "- " + r.message()).collect(Collectors.joining("\n"));
    return en
        ? "We are sorry: your after-sales application "
            + app.number()
            + " was not accepted, because\n"
            + reasons
            + "\nReply to this ticket if you have questions."
        : "很抱歉，您的售后申请 " + app.number() + " 未通过审核，原因如下：\n" + reasons + "\n如有疑问，请回复本工单。";
  }

  String lapsed(ApplicationView app, Instant shipBy) {
    return english(app)
        ? "Your after-sales application "
            + app.number()
            + " is closed: the goods were not sent back by "
            + time(shipBy)
            + ". You may apply again."
        : "您的售后申请 " + app.number() + " 已关闭：未在 " + time(shipBy) + " 前寄回商品。如仍需售后，请重新申请。";
  }

  String reviewNote(ApplicationView app, String policyVersion, List<RuleOutcome> rules) {
    return "售后申请 "
        + app.number()
        + " 自动审核（政策 "
        + policyVersion
        + "）：\n"
        + rules.stream()
            .map(r -> mark(r.verdict()) + " " + r.rule() + "：" + r.message())
            .collect(Collectors.joining("\n"));
  }

  String decisionNote(ApplicationView app, String decision, String by, String note) {
    return "售后申请 " + app.number() + " " + decision + "（" + by + "）：" + note;
  }

  String shippedNote(ApplicationView app, String carrier, String tracking) {
    return "售后申请 " + app.number() + " 客户已寄回商品：" + carrier + " " + tracking;
  }

  private static String mark(RuleVerdict verdict) {
    return switch (verdict) {
      case PASSED -> "✓";
      case FAILED -> "✗";
      case UNDECIDABLE -> "?";
    };
  }

  static String shown(Money money) {
    return money == null
        ? ""
        : money.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
            + " "
            + money.currency();
  }
}
