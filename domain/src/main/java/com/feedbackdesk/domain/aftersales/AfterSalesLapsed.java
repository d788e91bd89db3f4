package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The accepted application closed because the customer did not send the goods back by the policy's
 * time limit ({@code shipBy}). Decided by timeout.
 */
@Revision("1")
public record AfterSalesLapsed(ApplicationId applicationId, Instant shipBy, Actor actor, Instant at)
    implements AfterSalesEvent {

  @Override
  public <R> R accept(AfterSalesEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
