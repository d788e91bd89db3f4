package com.feedbackdesk.domain.aftersales;

import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.NATIONAL_DAY;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.POLICY;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.WORKING_WEEK;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.at;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.facts;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.ticket.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The automatic review: each rule, the holiday rule, and how the rules decide together. */
class AfterSalesPolicyTest {

  /** Wednesday 4 November 2026: day 7 is Wednesday the 11th, a working day. */
  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 4);

  private static PolicyReview review(ReviewFacts facts) {
    return review(facts, WORKING_WEEK);
  }

  private static PolicyReview review(ReviewFacts facts, BusinessCalendar calendar) {
    return POLICY.review(facts, calendar);
  }

  private static RuleOutcome rule(PolicyReview review, PolicyRule rule) {
    return review.rules().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
  }

  private static ReviewFacts noReasonReturn(String category, LocalDate applied) {
    return facts(
        line(category, RECEIVED), Remedy.RETURN, ApplicationReason.NO_REASON, at(applied, 15));
  }

  @Nested
  class NoReasonReturn {

    @Test
    void onDaySixAfterReceiptIsAccepted() {
      PolicyReview review = review(noReasonReturn("ELECTRONICS", RECEIVED.plusDays(6)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.ACCEPTED);
      RuleOutcome window = rule(review, PolicyRule.NO_REASON_WINDOW);
      assertThat(window.verdict()).isEqualTo(RuleVerdict.PASSED);
      assertThat(window.message()).contains("第 6 天").contains("2026-11-11");
    }

    @Test
    void onTheSeventhDayItselfIsStillAccepted() {
      PolicyReview review = review(noReasonReturn("ELECTRONICS", RECEIVED.plusDays(7)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.ACCEPTED);
    }

    @Test
    void onDayEightIsRejectedWithTheReason() {
      PolicyReview review = review(noReasonReturn("ELECTRONICS", RECEIVED.plusDays(8)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed())
          .extracting(RuleOutcome::rule)
          .containsExactly(PolicyRule.NO_REASON_WINDOW);
      assertThat(review.failed().get(0).message())
          .isEqualTo("签收后第 8 天申请，已超过 7 天无理由退货期（截至 2026-11-11）");
    }

    @Test
    void aWindowEndingOnAHolidayEndsOnTheNextWorkingDay() {
      // received Thursday 24 September: day 7 is 1 October, National Day; 3 and 4 are a weekend
      LocalDate received = LocalDate.of(2026, 9, 24);
      ReviewFacts onThe8th =
          facts(
              line("ELECTRONICS", received),
              Remedy.RETURN,
              ApplicationReason.NO_REASON,
              at(LocalDate.of(2026, 10, 8), 17));
      ReviewFacts onThe9th =
          facts(
              line("ELECTRONICS", received),
              Remedy.RETURN,
              ApplicationReason.NO_REASON,
              at(LocalDate.of(2026, 10, 9), 9));

      assertThat(review(onThe8th, NATIONAL_DAY).decision()).isEqualTo(ReviewDecision.ACCEPTED);
      assertThat(rule(review(onThe8th, NATIONAL_DAY), PolicyRule.NO_REASON_WINDOW).message())
          .contains("2026-10-08");
      assertThat(review(onThe9th, NATIONAL_DAY).decision()).isEqualTo(ReviewDecision.REJECTED);
      // without the holidays the same application is late
      assertThat(review(onThe8th, WORKING_WEEK).decision()).isEqualTo(ReviewDecision.REJECTED);
    }

    @Test
    void aWindowEndingOnASaturdayEndsOnMonday() {
      LocalDate received = LocalDate.of(2026, 10, 31); // Saturday: day 7 is Saturday 7 November
      ReviewFacts monday =
          facts(
              line("ELECTRONICS", received),
              Remedy.RETURN,
              ApplicationReason.NO_REASON,
              at(LocalDate.of(2026, 11, 9), 20));
      ReviewFacts tuesday =
          facts(
              line("ELECTRONICS", received),
              Remedy.RETURN,
              ApplicationReason.NO_REASON,
              at(LocalDate.of(2026, 11, 10), 8));

      assertThat(review(monday).decision()).isEqualTo(ReviewDecision.ACCEPTED);
      assertThat(review(tuesday).decision()).isEqualTo(ReviewDecision.REJECTED);
    }

    @Test
    void anExemptCategoryIsRejectedWhateverTheDay() {
      PolicyReview review = review(noReasonReturn("CUSTOMISED", RECEIVED.plusDays(1)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed())
          .extracting(RuleOutcome::rule)
          .containsExactly(PolicyRule.NO_REASON_EXEMPTION);
      assertThat(review.failed().get(0).message()).contains("CUSTOMISED").contains("不支持无理由退货");
    }

    @Test
    void allowsOnlyAReturn() {
      PolicyReview review =
          review(
              facts(
                  line("ELECTRONICS", RECEIVED),
                  Remedy.REPAIR,
                  ApplicationReason.NO_REASON,
                  at(RECEIVED.plusDays(2), 10)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed().get(0).rule()).isEqualTo(PolicyRule.REMEDY_FITS_REASON);
      assertThat(review.failed().get(0).message()).isEqualTo("“七天无理由”不能申请维修，可申请：退货退款");
    }
  }

  @Nested
  class Faults {

    @Test
    void aQualityExchangeWithinFifteenDaysIsAccepted() {
      PolicyReview review =
          review(
              facts(
                  line("ELECTRONICS", RECEIVED),
                  Remedy.EXCHANGE,
                  ApplicationReason.QUALITY,
                  at(RECEIVED.plusDays(12), 10)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.ACCEPTED);
      assertThat(rule(review, PolicyRule.FAULT_WINDOW).message()).contains("15日包换");
    }

    @Test
    void aQualityReturnAfterSevenDaysIsRejected() {
      PolicyReview review =
          review(
              facts(
                  line("ELECTRONICS", RECEIVED),
                  Remedy.RETURN,
                  ApplicationReason.QUALITY,
                  at(RECEIVED.plusDays(12), 10)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed().get(0).rule()).isEqualTo(PolicyRule.FAULT_WINDOW);
    }

    @Test
    void aRepairWithinTheCategorysWarrantyIsAcceptedAndAfterItRejected() {
      ReviewFacts within =
          facts(
              line("ELECTRONICS", RECEIVED),
              Remedy.REPAIR,
              ApplicationReason.QUALITY,
              at(RECEIVED.plusDays(300), 10));
      ReviewFacts after =
          facts(
              line("ELECTRONICS", RECEIVED),
              Remedy.REPAIR,
              ApplicationReason.QUALITY,
              at(RECEIVED.plusDays(400), 10));
      ReviewFacts appliance =
          facts(
              line("APPLIANCES", RECEIVED),
              Remedy.REPAIR,
              ApplicationReason.QUALITY,
              at(RECEIVED.plusDays(400), 10));
      ReviewFacts perishable =
          facts(
              line("PERISHABLE", RECEIVED),
              Remedy.REPAIR,
              ApplicationReason.QUALITY,
              at(RECEIVED.plusDays(1), 10));

      assertThat(review(within).decision()).isEqualTo(ReviewDecision.ACCEPTED);
      assertThat(review(after).decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review(after).failed().get(0).message()).contains("12 个月免费保修期");
      assertThat(review(appliance).decision()).isEqualTo(ReviewDecision.ACCEPTED);
      assertThat(review(perishable).decision()).isEqualTo(ReviewDecision.REJECTED);
    }

    @Test
    void aFaultWithoutPhotosGoesToAPerson() {
      ReviewFacts given =
          facts(
              line("ELECTRONICS", RECEIVED),
              Remedy.EXCHANGE,
              ApplicationReason.QUALITY,
              at(RECEIVED.plusDays(3), 10));
      ReviewFacts noPhotos =
          new ReviewFacts(
              given.line(),
              given.remedy(),
              given.reason(),
              1,
              0,
              0,
              null,
              CustomerLanguage.CHINESE,
              given.at());

      PolicyReview review = review(noPhotos);

      assertThat(review.decision()).isEqualTo(ReviewDecision.REFERRED);
      assertThat(review.undecided())
          .extracting(RuleOutcome::rule)
          .containsExactly(PolicyRule.EVIDENCE);
    }
  }

  @Nested
  class Limits {

    @Test
    void anAmountAboveTheLimitGoesToAPersonNeverToARejection() {
      PolicyReview review =
          review(
              facts(
                  line("ELECTRONICS", new BigDecimal("2999.00"), RECEIVED),
                  Remedy.RETURN,
                  ApplicationReason.NO_REASON,
                  at(RECEIVED.plusDays(2), 10)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REFERRED);
      assertThat(review.failed()).isEmpty();
      assertThat(rule(review, PolicyRule.AMOUNT_LIMIT).message())
          .isEqualTo("申请金额 2999.00 CNY 超过自动审核额度 2000.00 CNY，需人工审核");
    }

    @Test
    void aFailedRuleRejectsEvenWhenAnotherCannotDecide() {
      PolicyReview review =
          review(
              facts(
                  line("ELECTRONICS", new BigDecimal("2999.00"), RECEIVED),
                  Remedy.RETURN,
                  ApplicationReason.NO_REASON,
                  at(RECEIVED.plusDays(9), 10)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.undecided())
          .extracting(RuleOutcome::rule)
          .containsExactly(PolicyRule.AMOUNT_LIMIT);
    }

    @Test
    void moreItemsThanTheLineHasAreRejected() {
      ReviewFacts given = noReasonReturn("ELECTRONICS", RECEIVED.plusDays(2));
      PolicyReview review =
          review(
              new ReviewFacts(
                  given.line(),
                  given.remedy(),
                  given.reason(),
                  3,
                  1,
                  0,
                  null,
                  given.language(),
                  given.at()));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed().get(0).message()).isEqualTo("申请数量 3 件超过订单行可售后的数量（共 2 件，已售后 0 件）");
    }

    @Test
    void itemsSettledByEarlierApplicationsAreNotSettledAgain() {
      ReviewFacts given = noReasonReturn("ELECTRONICS", RECEIVED.plusDays(2));
      PolicyReview review =
          review(
              new ReviewFacts(
                  given.line(),
                  given.remedy(),
                  given.reason(),
                  1,
                  1,
                  2,
                  null,
                  given.language(),
                  given.at()));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed().get(0).message()).isEqualTo("申请数量 1 件超过订单行可售后的数量（共 2 件，已售后 2 件）");
    }

    @Test
    void aSecondOpenApplicationForTheLineIsRejectedNamingTheFirst() {
      ReviewFacts given = noReasonReturn("ELECTRONICS", RECEIVED.plusDays(2));
      PolicyReview review =
          review(
              new ReviewFacts(
                  given.line(),
                  given.remedy(),
                  given.reason(),
                  1,
                  0,
                  0,
                  new ApplicationNumber("SH20261105001"),
                  given.language(),
                  given.at()));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed().get(0).rule()).isEqualTo(PolicyRule.ONE_OPEN_PER_LINE);
      assertThat(review.failed().get(0).message()).contains("SH20261105001");
    }
  }

  @Nested
  class Receipt {

    @Test
    void goodsOnTheirWayCannotBeReturnedYet() {
      OrderLineFacts received = line("ELECTRONICS", RECEIVED);
      OrderLineFacts onTheWay =
          new OrderLineFacts(
              received.orderNumber(),
              received.lineId(),
              received.sku(),
              received.product(),
              received.productCategory(),
              received.quantity(),
              received.unitPrice(),
              null,
              null);

      PolicyReview review =
          review(facts(onTheWay, Remedy.RETURN, ApplicationReason.NO_REASON, at(RECEIVED, 10)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REJECTED);
      assertThat(review.failed().get(0).rule()).isEqualTo(PolicyRule.GOODS_RECEIVED);
    }

    @Test
    void deliveredButNotSignedForGoesToAPerson() {
      OrderLineFacts received = line("ELECTRONICS", RECEIVED);
      OrderLineFacts unsigned =
          new OrderLineFacts(
              received.orderNumber(),
              received.lineId(),
              received.sku(),
              received.product(),
              received.productCategory(),
              received.quantity(),
              received.unitPrice(),
              received.deliveredAt(),
              null);

      PolicyReview review =
          review(facts(unsigned, Remedy.RETURN, ApplicationReason.NO_REASON, at(RECEIVED, 15)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REFERRED);
    }

    @Test
    void notReceivedGoodsTheCarrierDeliveredGoToAPerson() {
      PolicyReview review =
          review(
              facts(
                  line("ELECTRONICS", RECEIVED),
                  Remedy.REFUND,
                  ApplicationReason.NOT_RECEIVED,
                  at(RECEIVED.plusDays(1), 10)));

      assertThat(review.decision()).isEqualTo(ReviewDecision.REFERRED);
      assertThat(review.undecided().get(0).message()).isEqualTo("物流记录显示商品已于 2026-11-04 送达，需人工核实");
    }

    @Test
    void notReceivedGoodsTheCarrierNeverDeliveredGoToAPersonToo() {
      OrderLineFacts received = line("ELECTRONICS", RECEIVED);
      OrderLineFacts lost =
          new OrderLineFacts(
              received.orderNumber(),
              received.lineId(),
              received.sku(),
              received.product(),
              received.productCategory(),
              received.quantity(),
              received.unitPrice(),
              null,
              null);

      PolicyReview review =
          review(facts(lost, Remedy.REFUND, ApplicationReason.NOT_RECEIVED, at(RECEIVED, 10)));

      // in transit or lost: the shop's record cannot tell, and a refund is money
      assertThat(review.decision()).isEqualTo(ReviewDecision.REFERRED);
      assertThat(review.undecided())
          .extracting(RuleOutcome::rule)
          .containsExactly(PolicyRule.IN_TRANSIT);
    }
  }

  @Test
  void speaksTheCustomersLanguage() {
    ReviewFacts given = noReasonReturn("ELECTRONICS", RECEIVED.plusDays(8));
    PolicyReview review =
        review(
            new ReviewFacts(
                given.line(),
                given.remedy(),
                given.reason(),
                1,
                1,
                0,
                null,
                CustomerLanguage.of("en-GB"),
                given.at()));

    assertThat(review.failed().get(0).message())
        .isEqualTo(
            "applied on day 8 after receipt, after the 7-day no-reason return ended (on"
                + " 2026-11-11)");
  }

  @Test
  void theVersionIsTheDigestOfTheTerms() {
    AfterSalesPolicy same =
        new AfterSalesPolicy(
            7,
            new TreeSet<>(POLICY.noReasonExempt()),
            7,
            15,
            12,
            new TreeMap<>(POLICY.warrantyByCategory()),
            new Money(new BigDecimal("2000.00"), "CNY"),
            Duration.ofHours(48),
            Duration.ofDays(7),
            Duration.ofHours(72),
            "cn-mainland");
    AfterSalesPolicy longer =
        new AfterSalesPolicy(
            15,
            new TreeSet<>(POLICY.noReasonExempt()),
            7,
            15,
            12,
            new TreeMap<>(POLICY.warrantyByCategory()),
            POLICY.automaticLimit(),
            Duration.ofHours(48),
            Duration.ofDays(7),
            Duration.ofHours(72),
            "cn-mainland");

    assertThat(same.version()).isEqualTo(POLICY.version()).startsWith("sha256:");
    assertThat(longer.version()).isNotEqualTo(POLICY.version());
  }
}
