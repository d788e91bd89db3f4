package com.feedbackdesk.adapters.in.web.ticket;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.feedbackdesk.adapters.in.web.attachment.AttachmentPayload;
import com.feedbackdesk.adapters.in.web.sla.SlaClockPayload;
import com.feedbackdesk.application.ticket.view.ConfirmationDetails;
import com.feedbackdesk.application.ticket.view.ResolutionDetails;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.ClassificationSuggestion;
import com.feedbackdesk.domain.ticket.ClosureReason;
import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.TicketType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Schema(description = "A ticket: everything in its summary, plus the details people work with.")
record TicketResponse(
    @JsonUnwrapped TicketSummaryResponse summary,
    @Schema(description = "The customer's own words, verbatim.", example = "收到的包裹外箱破损，杯子碎了。")
        String description,
    @Schema(description = "What the keyword rules proposed at submission.")
        SuggestedClassification suggestedClassification,
    @Schema(description = "The handler's first plan.", example = "已联系物流方核实") String plan,
    @Schema(description = "When the current handler accepted.", example = "2024-05-20T02:40:00Z")
        Instant acceptedAt,
    @Schema(description = "The latest resolution.") TicketResolution resolution,
    @Schema(description = "The customer's latest verdict on a resolution.")
        CustomerConfirmation confirmation,
    @Schema(description = "The summary the ticket was closed with (处理总结).") String handlingSummary,
    @Schema(description = "When the ticket was closed.") Instant closedAt,
    @Schema(
            description = "The SLA policy version that governs the ticket (staff only).",
            example = "after-sales@1")
        String slaPolicy,
    @Schema(
            description =
                "The latest run of each of its SLA clocks, as they stand now (staff only; empty"
                    + " for customers).")
        List<SlaClockPayload> slaClocks,
    @Schema(
            description =
                "Why it was closed: CONFIRMED_BY_CUSTOMER, or CONFIRMATION_TIMEOUT when the"
                    + " customer never answered (never counted as satisfied).",
            example = "CONFIRMED_BY_CUSTOMER")
        ClosureReason closureReason,
    @Schema(description = "The return visit after the latest resolution, once made.")
        ReturnVisit returnVisit,
    @Schema(
            description =
                "The photos and videos of the submission and the customer's replies, in the order"
                    + " they came, each with its download link.")
        List<AttachmentPayload> attachments) {

  @Schema(description = "The return visit's outcome (回访).")
  record ReturnVisit(
      @Schema(example = "true") boolean reached,
      @Schema(example = "PHONE") ContactChannel channel,
      @Schema(description = "Null when the customer was not reached.", example = "true")
          Boolean stillSatisfied,
      @Schema(description = "Staff's note (not shown to customers).", example = "杯子使用正常")
          String note,
      ActorPayload visitedBy,
      Instant visitedAt) {}

  @Schema(description = "The automatic classification and the keyword rules that led to it.")
  record SuggestedClassification(
      @Schema(example = "COMPLAINT") TicketType type,
      @Schema(example = "CQ02") Category category,
      @Schema(example = "P2") Priority priority,
      @Schema(
              description = "Ids of the matching rules; empty when the fallback applied.",
              example = "[\"damaged-parcel\"]")
          List<String> matchedRules) {}

  @Schema(description = "How the case was settled.")
  record TicketResolution(
      @Schema(example = "RESEND") ResolutionType resolutionType,
      @Schema(example = "补发新杯子，运费由我方承担") String summary,
      MoneyPayload amount,
      MoneyPayload cost,
      @Schema(description = "Who was responsible.", example = "承运方运输挤压，我方包装不足")
          String responsibility,
      @Schema(description = "What is improved because of the case.", example = "易碎品改用加厚包装")
          String improvements,
      @Schema(
              description =
                  "When the ticket closes by itself unless the customer confirms first; null when"
                      + " it waits indefinitely.",
              example = "2024-05-27T03:00:00Z")
          Instant closesUnconfirmedAt,
      ActorPayload resolvedBy,
      Instant resolvedAt) {}

  @Schema(description = "The customer's verdict.")
  record CustomerConfirmation(
      @Schema(example = "true") boolean resolved,
      @Schema(example = "SATISFIED") Satisfaction satisfaction,
      @Schema(example = "处理很快，谢谢") String comment,
      Instant confirmedAt) {}

  static TicketResponse of(TicketView view, List<SlaClockPayload> clocks) {
    ClassificationSuggestion suggestion = view.suggestion();
    ResolutionDetails resolution = view.resolution();
    ConfirmationDetails confirmation = view.confirmation();
    return new TicketResponse(
        TicketSummaryResponse.of(view.summary()),
        view.description(),
        suggestion == null
            ? null
            : new SuggestedClassification(
                suggestion.classification().type(),
                suggestion.classification().category(),
                suggestion.classification().priority(),
                suggestion.matchedRules()),
        view.plan(),
        view.acceptedAt(),
        resolution == null
            ? null
            : new TicketResolution(
                resolution.type(),
                resolution.summary(),
                MoneyPayload.of(resolution.amount()),
                MoneyPayload.of(resolution.cost()),
                resolution.responsibility(),
                resolution.improvements(),
                resolution.closesUnconfirmedAt(),
                ActorPayload.of(resolution.resolvedBy()),
                resolution.resolvedAt()),
        confirmation == null
            ? null
            : new CustomerConfirmation(
                confirmation.resolved(),
                confirmation.satisfaction(),
                confirmation.comment(),
                confirmation.confirmedAt()),
        view.handlingSummary(),
        view.closedAt(),
        view.clocks().policy() == null ? null : view.clocks().policy().toString(),
        clocks,
        view.closureReason(),
        view.returnVisit() == null
            ? null
            : new ReturnVisit(
                view.returnVisit().reached(),
                view.returnVisit().channel(),
                view.returnVisit().stillSatisfied(),
                view.returnVisit().note(),
                ActorPayload.of(view.returnVisit().visitedBy()),
                view.returnVisit().visitedAt()),
        view.attachments().stream().map(AttachmentPayload::of).toList());
  }
}
