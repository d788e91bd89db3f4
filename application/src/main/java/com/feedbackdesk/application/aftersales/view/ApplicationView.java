package com.feedbackdesk.application.aftersales.view;

import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import com.feedbackdesk.domain.aftersales.ApplicationReason;
import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.aftersales.DecidedBy;
import com.feedbackdesk.domain.aftersales.OrderLineFacts;
import com.feedbackdesk.domain.aftersales.Remedy;
import com.feedbackdesk.domain.aftersales.ReviewDecision;
import com.feedbackdesk.domain.aftersales.RuleOutcome;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/**
 * An application as its customer and the staff handling it read it.
 *
 * @param customerLanguage the language its decisions are stated in
 * @param review the latest decision on it, or null
 * @param department the department its task (or its review) is with, or null
 * @param dueBy the policy's time limit running now, or null
 * @param shipment the goods' way back, or null
 * @param completion how it was carried out, or null
 * @param version the sequence number of its last event
 */
public record ApplicationView(
    ApplicationId id,
    ApplicationNumber number,
    TicketId ticketId,
    ApplicationStatus status,
    Channel channel,
    String customerId,
    String customerLanguage,
    OrderLineFacts line,
    Remedy remedy,
    ApplicationReason reason,
    int quantity,
    String description,
    List<AttachmentRef> attachments,
    Review review,
    Department department,
    String assignee,
    Instant dueBy,
    Shipment shipment,
    String handler,
    Completion completion,
    String withdrawalReason,
    Instant appliedAt,
    Instant updatedAt,
    long version) {

  public ApplicationView {
    attachments = List.copyOf(attachments);
  }

  /** A decision, with the policy version and every rule's outcome when the rules took it. */
  public record Review(
      ReviewDecision decision,
      DecidedBy decidedBy,
      String policyVersion,
      List<RuleOutcome> rules,
      String note,
      String decidedByActor,
      Instant at) {

    public Review {
      rules = List.copyOf(rules);
    }
  }

  /** The goods sent back. */
  public record Shipment(String carrier, String trackingNumber, Instant shippedAt) {}

  /** How the application was carried out. */
  public record Completion(
      ResolutionType outcome, String summary, Money amount, DecidedBy decidedBy, Instant at) {}
}
