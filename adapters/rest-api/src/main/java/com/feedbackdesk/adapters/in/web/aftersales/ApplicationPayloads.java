package com.feedbackdesk.adapters.in.web.aftersales;

import com.feedbackdesk.adapters.in.web.attachment.AttachmentPayload;
import com.feedbackdesk.application.aftersales.port.in.AfterSalesUseCase;
import com.feedbackdesk.application.aftersales.port.in.ApplicationRequest;
import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.domain.aftersales.AfterSalesTasks;
import com.feedbackdesk.domain.aftersales.ApplicationReason;
import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.aftersales.DecidedBy;
import com.feedbackdesk.domain.aftersales.Remedy;
import com.feedbackdesk.domain.aftersales.ReviewDecision;
import com.feedbackdesk.domain.aftersales.RuleOutcome;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/** The request and response bodies of the after-sales API. */
final class ApplicationPayloads {

  private ApplicationPayloads() {}

  @Schema(description = "An application for one order line.")
  record ApplyRequest(
      @Schema(example = "SO-2026-000123") @NotBlank @Size(max = 64) String orderNumber,
      @Schema(example = "1") @NotBlank @Size(max = 64) String lineId,
      @Schema(description = "What the customer asks for.", example = "RETURN") @NotNull
          Remedy remedy,
      @Schema(description = "Why.", example = "NO_REASON") @NotNull ApplicationReason reason,
      @Schema(description = "How many of the line's items.", example = "1") @Positive int quantity,
      @Schema(example = "耳机音质不如预期，想退货。") @NotBlank @Size(max = 10_000) String description,
      @Schema(
              description = "Where it came in; APP when not given (customers: APP or WEB_FORM).",
              example = "APP")
          Channel channel,
      @Schema(
              description =
                  "The customer's language tag: the decision is stated in English for en,"
                      + " in Chinese otherwise.",
              example = "zh-CN")
          @Size(max = 35)
          String language,
      @Schema(description = "Ids of photos and videos uploaded before (at most 9).") @Size(max = 9)
          List<@NotBlank @Size(max = 64) String> attachments) {

    ApplicationRequest toRequest() {
      return new ApplicationRequest(
          orderNumber,
          lineId,
          remedy,
          reason,
          quantity,
          description,
          channel,
          language,
          attachments);
    }
  }

  @Schema(description = "A person's decision on a referred application.")
  record DecisionRequest(
      @Schema(description = "ACCEPTED or REJECTED.", example = "ACCEPTED") @NotNull
          ReviewDecision decision,
      @Schema(
              description = "The reason, which a rejection states to the customer.",
              example = "照片显示外壳破损，同意退货。")
          @NotBlank
          @Size(max = 2_000)
          String note) {}

  @Schema(description = "The goods sent back.")
  record ShipmentRequest(
      @Schema(example = "顺丰速运") @NotBlank @Size(max = 60) String carrier,
      @Schema(example = "SF1234567890123") @NotBlank @Size(max = 60) String trackingNumber) {}

  @Schema(description = "How the application was carried out.")
  record CompletionRequest(
      @Schema(description = "The ticket's resolution type.", example = "REFUND") @NotNull
          ResolutionType outcome,
      @Schema(example = "已退款 299.00 元至原支付账户。") @NotBlank @Size(max = 5_000) String summary,
      @Schema(description = "What the customer receives, if money.", example = "299.00")
          BigDecimal amount,
      @Schema(example = "CNY") @Size(min = 3, max = 3) String currency) {

    Money money() {
      return amount == null
          ? null
          : new Money(amount, currency == null ? Money.DEFAULT_CURRENCY : currency);
    }
  }

  @Schema(description = "A withdrawal, with the reason if the customer gives one.")
  record WithdrawalRequest(@Schema(example = "不想退了") @Size(max = 2_000) String reason) {}

  @Schema(description = "An after-sales application.")
  record ApplicationResponse(
      @Schema(example = "6f1c2a9e-2a57-4c58-9a3c-1c0b7e2f6a11") String id,
      @Schema(example = "SH20261201001") String number,
      @Schema(description = "The ticket that handles it.") String ticketId,
      @Schema(example = "ACCEPTED") ApplicationStatus status,
      Channel channel,
      String customerId,
      String customerLanguage,
      Line line,
      Remedy remedy,
      ApplicationReason reason,
      int quantity,
      String description,
      @Schema(description = "The photos and videos, with their download links.")
          List<AttachmentPayload> attachments,
      @Schema(
              description =
                  "The latest decision, with every rule's outcome and the policy version.")
          Review review,
      @Schema(
              description = "The department its task (or its review) is with.",
              example = "WAREHOUSE_LOGISTICS")
          String department,
      String assignee,
      @Schema(
              description =
                  "The policy's time limit running now: a person's decision, the goods' dispatch,"
                      + " or the refund.")
          Instant dueBy,
      Shipment shipment,
      String handler,
      Completion completion,
      String withdrawalReason,
      Instant appliedAt,
      Instant updatedAt,
      long version) {

    static ApplicationResponse of(ApplicationView view) {
      var line = view.line();
      var review = view.review();
      var shipment = view.shipment();
      var completion = view.completion();
      return new ApplicationResponse(
          view.id().toString(),
          view.number().value(),
          view.ticketId().toString(),
          view.status(),
          view.channel(),
          view.customerId(),
          view.customerLanguage(),
          new Line(
              line.orderNumber(),
              line.lineId(),
              line.sku(),
              line.product(),
              line.productCategory(),
              line.quantity(),
              line.unitPrice().amount(),
              line.unitPrice().currency(),
              line.deliveredAt(),
              line.receivedAt()),
          view.remedy(),
          view.reason(),
          view.quantity(),
          view.description(),
          view.attachments().stream().map(AttachmentPayload::of).toList(),
          review == null
              ? null
              : new Review(
                  review.decision(),
                  review.decidedBy(),
                  review.policyVersion(),
                  review.rules(),
                  review.note(),
                  review.decidedByActor(),
                  review.at()),
          view.department() == null ? null : view.department().code(),
          view.assignee(),
          view.dueBy(),
          shipment == null
              ? null
              : new Shipment(shipment.carrier(), shipment.trackingNumber(), shipment.shippedAt()),
          view.handler(),
          completion == null
              ? null
              : new Completion(
                  completion.outcome(),
                  completion.summary(),
                  completion.amount() == null ? null : completion.amount().amount(),
                  completion.amount() == null ? null : completion.amount().currency(),
                  completion.decidedBy(),
                  completion.at()),
          view.withdrawalReason(),
          view.appliedAt(),
          view.updatedAt(),
          view.version());
    }
  }

  @Schema(description = "The order line as the shop's order system gave it when applied for.")
  record Line(
      String orderNumber,
      String lineId,
      String sku,
      String product,
      @Schema(example = "ELECTRONICS") String productCategory,
      int quantity,
      BigDecimal unitPrice,
      String currency,
      Instant deliveredAt,
      Instant receivedAt) {}

  @Schema(description = "A decision on the application.")
  record Review(
      ReviewDecision decision,
      @Schema(description = "RULES, PERSON or TIMEOUT.") DecidedBy decidedBy,
      @Schema(example = "sha256:3f9a0c1b2d4e") String policyVersion,
      @Schema(description = "Each rule's verdict and what it says, in the customer's language.")
          List<RuleOutcome> rules,
      String note,
      @Schema(example = "system:after-sales-policy") String decidedByActor,
      Instant at) {}

  record Shipment(String carrier, String trackingNumber, Instant shippedAt) {}

  record Completion(
      ResolutionType outcome,
      String summary,
      BigDecimal amount,
      String currency,
      DecidedBy decidedBy,
      Instant at) {}

  @Schema(description = "One page of applications, newest first.")
  record ApplicationPageResponse(List<ApplicationResponse> applications, long total) {}

  @Schema(description = "The after-sales policy in force, its version and the task routes.")
  record PolicyResponse(
      @Schema(example = "sha256:3f9a0c1b2d4e") String version,
      int noReasonReturnDays,
      SortedSet<String> noReasonExempt,
      int faultReturnDays,
      int faultExchangeDays,
      int warrantyMonths,
      SortedMap<String, Integer> warrantyByCategory,
      BigDecimal automaticLimit,
      String currency,
      @Schema(example = "PT48H") Duration decideWithin,
      @Schema(example = "P7D") Duration shipWithin,
      @Schema(example = "PT72H") Duration refundWithin,
      String calendar,
      @Schema(description = "The remedies each reason allows.")
          Map<ApplicationReason, List<Remedy>> remedies,
      @Schema(
              description =
                  "How the periods count: from the day after receipt, to the end of their last day"
                      + " in the calendar's zone, extended to the next working day when that day"
                      + " has no working time.")
          String periods,
      List<Route> routes,
      String reviewers,
      String fallback) {

    static PolicyResponse of(AfterSalesUseCase.Terms terms) {
      var policy = terms.policy();
      Map<ApplicationReason, List<Remedy>> remedies =
          new java.util.EnumMap<>(ApplicationReason.class);
      for (ApplicationReason reason : ApplicationReason.values()) {
        remedies.put(
            reason,
            com.feedbackdesk.domain.aftersales.AfterSalesPolicy.remediesFor(reason).stream()
                .sorted()
                .toList());
      }
      AfterSalesTasks tasks = terms.tasks();
      return new PolicyResponse(
          policy.version(),
          policy.noReasonReturnDays(),
          policy.noReasonExempt(),
          policy.faultReturnDays(),
          policy.faultExchangeDays(),
          policy.warrantyMonths(),
          policy.warrantyByCategory(),
          policy.automaticLimit().amount(),
          policy.automaticLimit().currency(),
          policy.decideWithin(),
          policy.shipWithin(),
          policy.refundWithin(),
          policy.calendar(),
          remedies,
          "Counted from the day after receipt (Civil Code art. 201) to the end of the last day in"
              + " the business calendar's zone; a period whose last day has no working time ends"
              + " at the end of the next day that has (art. 203).",
          tasks.routes().stream()
              .map(
                  r ->
                      new Route(
                          r.remedy(), r.productCategory(), r.department().code(), r.assignee()))
              .toList(),
          tasks.reviewers().code(),
          tasks.fallback().code());
    }
  }

  record Route(Remedy remedy, String productCategory, String department, String assignee) {}
}
