package com.feedbackdesk.application.aftersales.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.aftersales.view.ApplicationPage;
import com.feedbackdesk.application.aftersales.view.ApplicationQuery;
import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.domain.aftersales.AfterSalesPolicy;
import com.feedbackdesk.domain.aftersales.AfterSalesTasks;
import com.feedbackdesk.domain.aftersales.ReviewDecision;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;

/**
 * After-sales applications: made and reviewed against the policy at once, decided by a person when
 * the rules cannot, then carried out. Every answer is the application after the change.
 */
public interface AfterSalesUseCase {

  /**
   * Makes an application for an order line.
   *
   * @param idempotencyKey the client's key: the same key gives the same application, or null
   * @throws com.feedbackdesk.application.aftersales.port.in.OrderNotFoundException when the shop
   *     knows no such order (or, to a customer, none of theirs)
   */
  MadeApplication apply(Caller caller, ApplicationRequest request, String idempotencyKey);

  /**
   * The application a request made, or found made by an earlier request with the same key.
   *
   * @param created false when it is an earlier request's, replayed
   */
  record MadeApplication(ApplicationView application, boolean created) {}

  /** One application, by id or number. */
  ApplicationView application(Caller caller, String reference);

  /** Applications, newest first; a customer's own only, a handler's department's only. */
  ApplicationPage list(Caller caller, ApplicationQuery query);

  /** A person decides an application the rules referred. */
  ApplicationView decide(Caller caller, String reference, ReviewDecision decision, String note);

  /** The goods were sent back. */
  ApplicationView recordShipment(
      Caller caller, String reference, String carrier, String trackingNumber);

  /** The caller takes the accepted application on. */
  ApplicationView startHandling(Caller caller, String reference);

  /** The application was carried out. */
  ApplicationView complete(
      Caller caller, String reference, ResolutionType outcome, String summary, Money amount);

  /** The customer withdraws it. */
  ApplicationView withdraw(Caller caller, String reference, String reason);

  /** The policy in force and where its tasks go. */
  Terms terms(Caller caller);

  /** The policy's terms with their version, and the task routes. */
  record Terms(AfterSalesPolicy policy, AfterSalesTasks tasks) {}
}
