package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;

/** Something that happened to an after-sales application. Facts that never fail. */
public sealed interface AfterSalesEvent
    permits AfterSalesApplied,
        AfterSalesReviewed,
        ReturnShipped,
        AfterSalesHandlingStarted,
        AfterSalesCompleted,
        AfterSalesWithdrawn,
        AfterSalesLapsed {

  ApplicationId applicationId();

  Actor actor();

  Instant at();

  <R> R accept(AfterSalesEventVisitor<R> visitor);
}
