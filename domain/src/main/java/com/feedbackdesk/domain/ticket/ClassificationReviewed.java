package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A supervisor reviewed the classification of a ticket drawn into a month's quality sample (质检抽样):
 * whether the category it was closed with was right, and which one is. The review is a verdict on
 * the record; it does not change the ticket's classification.
 *
 * @param month the sample's month, {@code YYYY-MM} in the business zone
 * @param samplingVersion the version of the sampling rule that drew the ticket
 * @param reviewedCategory the category the ticket was closed with in that month
 * @param correct whether {@code reviewedCategory} was right
 * @param correctCategory the right category: {@code reviewedCategory} when correct
 */
@Revision("1")
public record ClassificationReviewed(
    TicketId ticketId,
    String month,
    String samplingVersion,
    Category reviewedCategory,
    boolean correct,
    Category correctCategory,
    String note,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
