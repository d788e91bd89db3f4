package com.feedbackdesk.application.aftersales.port.in;

import com.feedbackdesk.domain.aftersales.ApplicationReason;
import com.feedbackdesk.domain.aftersales.Remedy;
import com.feedbackdesk.domain.ticket.Channel;
import java.util.List;

/**
 * An application as a customer (or an agent on their behalf) makes it.
 *
 * @param channel where it came in; the app when not given
 * @param language the customer's language tag for the decision's wording, or null for Chinese
 * @param attachments the ids of photos and videos uploaded before
 */
public record ApplicationRequest(
    String orderNumber,
    String lineId,
    Remedy remedy,
    ApplicationReason reason,
    int quantity,
    String description,
    Channel channel,
    String language,
    List<String> attachments) {

  public ApplicationRequest {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
