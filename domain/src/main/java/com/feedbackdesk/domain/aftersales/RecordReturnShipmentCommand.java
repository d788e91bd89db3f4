package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer sent the goods back, with the carrier and its tracking number. */
public record RecordReturnShipmentCommand(
    @TargetAggregateIdentifier ApplicationId applicationId,
    String carrier,
    String trackingNumber,
    Actor actor,
    Instant at)
    implements AfterSalesCommand {

  public RecordReturnShipmentCommand {
    Values.required("applicationId", applicationId);
    Values.required("actor", actor);
    Values.required("at", at);
    carrier = Values.requiredText("carrier", carrier, 60);
    trackingNumber = Values.requiredText("trackingNumber", trackingNumber, 60);
  }
}
