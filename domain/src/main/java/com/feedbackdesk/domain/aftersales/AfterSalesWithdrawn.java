package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer withdrew the application. */
@Revision("1")
public record AfterSalesWithdrawn(
    ApplicationId applicationId, String reason, Actor actor, Instant at)
    implements AfterSalesEvent {

  @Override
  public <R> R accept(AfterSalesEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
