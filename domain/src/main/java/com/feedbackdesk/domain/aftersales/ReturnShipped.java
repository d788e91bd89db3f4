package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The customer sent the goods back.
 *
 * @param refundDueBy when the shop must have refunded, for a return; null for other remedies
 */
@Revision("1")
public record ReturnShipped(
    ApplicationId applicationId,
    String carrier,
    String trackingNumber,
    Instant refundDueBy,
    Actor actor,
    Instant at)
    implements AfterSalesEvent {

  @Override
  public <R> R accept(AfterSalesEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
