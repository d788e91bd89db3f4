package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TicketType;
import java.time.Instant;
import java.util.List;

/**
 * New feedback as a channel delivers it. The service chooses the ticket's id, number and
 * registration time.
 *
 * @param idempotencyKey optional; a retried submission with the same key yields the ticket the
 *     first attempt created instead of a second one
 * @param attachmentIds the uploads (photos, videos) that come with it, by id; empty for none
 */
public record TicketSubmission(
    Channel channel,
    Customer customer,
    String orderNumber,
    String product,
    String region,
    TicketType type,
    Category category,
    Priority priority,
    String description,
    Instant occurredAt,
    String idempotencyKey,
    List<String> attachmentIds) {

  /** A submission without attachments. */
  public TicketSubmission(
      Channel channel,
      Customer customer,
      String orderNumber,
      String product,
      String region,
      TicketType type,
      Category category,
      Priority priority,
      String description,
      Instant occurredAt,
      String idempotencyKey) {
    this(
        channel,
        customer,
        orderNumber,
        product,
        region,
        type,
        category,
        priority,
        description,
        occurredAt,
        idempotencyKey,
        List.of());
  }

  public TicketSubmission {
    attachmentIds = attachmentIds == null ? List.of() : attachmentIds;
  }
}
