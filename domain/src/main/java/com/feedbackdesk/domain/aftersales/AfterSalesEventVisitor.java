package com.feedbackdesk.domain.aftersales;

/** A fold over the application's events: one method per event, so none is forgotten. */
public interface AfterSalesEventVisitor<R> {

  R on(AfterSalesApplied event);

  R on(AfterSalesReviewed event);

  R on(ReturnShipped event);

  R on(AfterSalesHandlingStarted event);

  R on(AfterSalesCompleted event);

  R on(AfterSalesWithdrawn event);

  R on(AfterSalesLapsed event);
}
