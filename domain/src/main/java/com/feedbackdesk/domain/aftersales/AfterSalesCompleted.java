package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The application was carried out: refunded, exchanged, repaired, resent. By a handler, or by the
 * policy's refund time limit running out (then the refund is owed to the customer).
 *
 * @param amount what the customer receives, or null
 */
@Revision("1")
public record AfterSalesCompleted(
    ApplicationId applicationId,
    ResolutionType outcome,
    String summary,
    Money amount,
    DecidedBy decidedBy,
    Actor actor,
    Instant at)
    implements AfterSalesEvent {

  @Override
  public <R> R accept(AfterSalesEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
