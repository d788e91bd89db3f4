package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Digests;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.ticket.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The after-sales policy the automatic review applies (售后政策), one version of it. Its version is a
 * digest of everything it says, so that a decision names exactly the policy that took it and two
 * decisions under the same terms name the same version.
 *
 * <p>Periods counted in days start the day after the goods were received (Civil Code art. 201: the
 * day an period starts on is not counted) and end at the end of their last day in the business
 * calendar's time zone. A period whose last day has no working time in the business calendar (a
 * public holiday or a day off) ends at the end of the next day that has (art. 203).
 *
 * @param noReasonReturnDays the no-reason return (七天无理由退货), 7 days by law
 * @param noReasonExempt product categories exempt from no-reason return (customised goods,
 *     perishables, opened software …)
 * @param faultReturnDays how long a faulty item may be returned for a refund (三包: 7 days)
 * @param faultExchangeDays how long a faulty item may be exchanged or resent (三包: 15 days)
 * @param warrantyMonths the free-repair warranty of categories not listed in {@code
 *     warrantyByCategory} (三包: 1 year)
 * @param warrantyByCategory free-repair warranty per product category, in months (0: none)
 * @param automaticLimit the largest amount the rules accept on their own; above it a person decides
 * @param decideWithin how long the shop has to decide an application the rules referred to it; then
 *     it is accepted
 * @param shipWithin how long the customer has to send goods back once accepted; then the
 *     application closes
 * @param refundWithin how long the shop has to refund, counted from acceptance for a refund and
 *     from the return's dispatch for a return; then the refund is due by timeout
 * @param calendar the business calendar whose working days the periods' last day is checked against
 */
public record AfterSalesPolicy(
    int noReasonReturnDays,
    SortedSet<String> noReasonExempt,
    int faultReturnDays,
    int faultExchangeDays,
    int warrantyMonths,
    SortedMap<String, Integer> warrantyByCategory,
    Money automaticLimit,
    Duration decideWithin,
    Duration shipWithin,
    Duration refundWithin,
    String calendar) {

  /** A safety stop for the holiday rule: no calendar has a month without a working day. */
  private static final int MAX_DAYS_EXTENDED = 31;

  private static final Map<ApplicationReason, Set<Remedy>> REMEDIES =
      new EnumMap<>(ApplicationReason.class);

  static {
    REMEDIES.put(ApplicationReason.NO_REASON, EnumSet.of(Remedy.RETURN));
    REMEDIES.put(
        ApplicationReason.QUALITY, EnumSet.of(Remedy.RETURN, Remedy.EXCHANGE, Remedy.REPAIR));
    REMEDIES.put(ApplicationReason.NOT_AS_DESCRIBED, EnumSet.of(Remedy.RETURN, Remedy.EXCHANGE));
    REMEDIES.put(
        ApplicationReason.DAMAGED_IN_TRANSIT,
        EnumSet.of(Remedy.RETURN, Remedy.EXCHANGE, Remedy.RESEND, Remedy.REFUND));
    REMEDIES.put(
        ApplicationReason.WRONG_ITEM, EnumSet.of(Remedy.RETURN, Remedy.EXCHANGE, Remedy.RESEND));
    REMEDIES.put(ApplicationReason.MISSING_PARTS, EnumSet.of(Remedy.RESEND, Remedy.REFUND));
    REMEDIES.put(ApplicationReason.NOT_RECEIVED, EnumSet.of(Remedy.RESEND, Remedy.REFUND));
  }

  public AfterSalesPolicy {
    positive("noReasonReturnDays", noReasonReturnDays);
    positive("faultReturnDays", faultReturnDays);
    positive("faultExchangeDays", faultExchangeDays);
    if (warrantyMonths < 0) {
      throw new InvalidValueException("warrantyMonths", "a warranty is 0 or more months");
    }
    noReasonExempt =
        java.util.Collections.unmodifiableSortedSet(
            new TreeSet<>(noReasonExempt == null ? Set.of() : noReasonExempt));
    SortedMap<String, Integer> warranties =
        new TreeMap<>(warrantyByCategory == null ? Map.of() : warrantyByCategory);
    warranties.forEach(
        (category, months) -> {
          if (months == null || months < 0) {
            throw new InvalidValueException(
                "warrantyByCategory." + category, "a warranty is 0 or more months");
          }
        });
    warrantyByCategory = java.util.Collections.unmodifiableSortedMap(warranties);
    Values.required("automaticLimit", automaticLimit);
    positive("decideWithin", decideWithin);
    positive("shipWithin", shipWithin);
    positive("refundWithin", refundWithin);
    Values.requiredText("calendar", calendar, 64);
  }

  private static void positive(String field, int days) {
    if (days < 1) {
      throw new InvalidValueException(field, "a period is at least one day, was " + days);
    }
  }

  private static void positive(String field, Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new InvalidValueException(field, "a time limit is longer than zero");
    }
  }

  /** {@code sha256:} and 12 hex digits of the policy's terms, in a fixed order. */
  public String version() {
    return Digests.version(terms());
  }

  /** Everything the policy says, one term a line: what its version is the digest of. */
  public String terms() {
    return String.join(
        "\n",
        "noReasonReturnDays=" + noReasonReturnDays,
        "noReasonExempt=" + String.join(",", noReasonExempt),
        "faultReturnDays=" + faultReturnDays,
        "faultExchangeDays=" + faultExchangeDays,
        "warrantyMonths=" + warrantyMonths,
        "warrantyByCategory="
            + warrantyByCategory.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(",")),
        "automaticLimit="
            + automaticLimit.amount().stripTrailingZeros().toPlainString()
            + " "
            + automaticLimit.currency(),
        "decideWithin=" + decideWithin,
        "shipWithin=" + shipWithin,
        "refundWithin=" + refundWithin,
        "calendar=" + calendar,
        "remedies="
            + REMEDIES.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(",")));
  }

  /** The remedies a reason allows. */
  public static Set<Remedy> remediesFor(ApplicationReason reason) {
    return java.util.Collections.unmodifiableSet(REMEDIES.get(reason));
  }

  /** The months of free repair the category has. */
  public int warrantyOf(String productCategory) {
    return warrantyByCategory.getOrDefault(productCategory, warrantyMonths);
  }

  /**
   * Reviews an application: every rule that applies to it, then the decision.
   *
   * @param workingDays the business calendar ({@link #calendar()}) whose days the holiday rule goes
   *     by
   */
  public PolicyReview review(ReviewFacts facts, BusinessCalendar workingDays) {
    CustomerLanguage language = facts.language();
    OrderLineFacts line = facts.line();
    List<RuleOutcome> rules = new ArrayList<>();
    rules.add(
        PolicyRule.QUANTITY.outcome(
            facts.quantity() <= line.quantity() - facts.settled()
                ? RuleVerdict.PASSED
                : RuleVerdict.FAILED,
            language,
            facts.quantity(),
            line.quantity(),
            facts.settled()));
    rules.add(
        facts.openApplication() == null
            ? PolicyRule.ONE_OPEN_PER_LINE.outcome(RuleVerdict.PASSED, language)
            : PolicyRule.ONE_OPEN_PER_LINE.outcome(
                RuleVerdict.FAILED, language, facts.openApplication()));
    Set<Remedy> allowed = REMEDIES.get(facts.reason());
    rules.add(
        PolicyRule.REMEDY_FITS_REASON.outcome(
            allowed.contains(facts.remedy()) ? RuleVerdict.PASSED : RuleVerdict.FAILED,
            language,
            facts.reason().label(language),
            facts.remedy().label(language),
            allowed.stream()
                .map(r -> r.label(language))
                .collect(Collectors.joining(language == CustomerLanguage.ENGLISH ? ", " : "、"))));
    ZoneId zone = workingDays.zone();
    if (facts.reason() == ApplicationReason.NOT_RECEIVED) {
      java.time.Instant delivered =
          line.receivedAt() != null ? line.receivedAt() : line.deliveredAt();
      rules.add(
          delivered == null
              ? PolicyRule.IN_TRANSIT.outcome(RuleVerdict.UNDECIDABLE, language)
              : PolicyRule.NOT_DELIVERED.outcome(
                  RuleVerdict.UNDECIDABLE, language, LocalDate.ofInstant(delivered, zone)));
    } else {
      if (line.receivedAt() != null) {
        LocalDate received = LocalDate.ofInstant(line.receivedAt(), zone);
        rules.add(PolicyRule.GOODS_RECEIVED.outcome(RuleVerdict.PASSED, language, received));
        periods(facts, received, workingDays, rules);
      } else if (line.deliveredAt() != null) {
        rules.add(PolicyRule.GOODS_RECEIVED.outcome(RuleVerdict.UNDECIDABLE, language));
      } else {
        rules.add(PolicyRule.GOODS_RECEIVED.outcome(RuleVerdict.FAILED, language));
      }
    }
    if (facts.reason().claimsFault()) {
      rules.add(
          facts.evidence() > 0
              ? PolicyRule.EVIDENCE.outcome(RuleVerdict.PASSED, language, facts.evidence())
              : PolicyRule.EVIDENCE.outcome(RuleVerdict.UNDECIDABLE, language));
    }
    Money amount = line.priceOf(Math.max(1, facts.quantity()));
    boolean within =
        amount.currency().equals(automaticLimit.currency())
            && amount.amount().compareTo(automaticLimit.amount()) <= 0;
    rules.add(
        PolicyRule.AMOUNT_LIMIT.outcome(
            within ? RuleVerdict.PASSED : RuleVerdict.UNDECIDABLE,
            language,
            shown(amount),
            shown(automaticLimit)));
    return PolicyReview.of(rules);
  }

  /** The rules of the periods counted from receipt, for the reason and remedy asked for. */
  private void periods(
      ReviewFacts facts,
      LocalDate received,
      BusinessCalendar workingDays,
      List<RuleOutcome> rules) {
    CustomerLanguage language = facts.language();
    LocalDate applied = LocalDate.ofInstant(facts.at(), workingDays.zone());
    long day = ChronoUnit.DAYS.between(received, applied);
    if (facts.reason() == ApplicationReason.NO_REASON) {
      String category = facts.line().productCategory();
      boolean exempt = noReasonExempt.contains(category);
      rules.add(
          PolicyRule.NO_REASON_EXEMPTION.outcome(
              exempt ? RuleVerdict.FAILED : RuleVerdict.PASSED, language, category));
      LocalDate last = lastDay(received.plusDays(noReasonReturnDays), workingDays);
      rules.add(
          PolicyRule.NO_REASON_WINDOW.outcome(
              applied.isAfter(last) ? RuleVerdict.FAILED : RuleVerdict.PASSED,
              language,
              day,
              noReasonReturnDays,
              last));
      return;
    }
    if (facts.remedy() == Remedy.REPAIR) {
      int months = warrantyOf(facts.line().productCategory());
      LocalDate last = lastDay(received.plusMonths(months), workingDays);
      rules.add(
          PolicyRule.WARRANTY_WINDOW.outcome(
              months == 0 || applied.isAfter(last) ? RuleVerdict.FAILED : RuleVerdict.PASSED,
              language,
              months,
              months == 0 ? received : last));
      return;
    }
    boolean refund = facts.remedy() == Remedy.RETURN || facts.remedy() == Remedy.REFUND;
    LocalDate last =
        lastDay(received.plusDays(refund ? faultReturnDays : faultExchangeDays), workingDays);
    String period =
        language == CustomerLanguage.ENGLISH
            ? (refund ? faultReturnDays + "-day return" : faultExchangeDays + "-day exchange")
            : (refund ? faultReturnDays + "日包退" : faultExchangeDays + "日包换");
    rules.add(
        PolicyRule.FAULT_WINDOW.outcome(
            applied.isAfter(last) ? RuleVerdict.FAILED : RuleVerdict.PASSED,
            language,
            day,
            period,
            last));
  }

  /** The holiday rule: a period ending on a day without working time ends on the next that has. */
  static LocalDate lastDay(LocalDate nominal, BusinessCalendar workingDays) {
    LocalDate last = nominal;
    for (int i = 0; i < MAX_DAYS_EXTENDED && workingDays.periodsOn(last).isEmpty(); i++) {
      last = last.plusDays(1);
    }
    return last;
  }

  private static String shown(Money money) {
    return money.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
        + " "
        + money.currency();
  }
}
