package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A handler took the accepted application on. */
@Revision("1")
public record AfterSalesHandlingStarted(
    ApplicationId applicationId, String handler, Actor actor, Instant at)
    implements AfterSalesEvent {

  @Override
  public <R> R accept(AfterSalesEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
