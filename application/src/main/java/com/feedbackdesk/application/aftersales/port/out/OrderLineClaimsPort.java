package com.feedbackdesk.application.aftersales.port.out;

import com.feedbackdesk.application.aftersales.model.OrderLineClaim;
import com.feedbackdesk.domain.aftersales.ApplicationId;

/**
 * Which application holds each order line: what keeps one open application per line true across
 * concurrent callers and instances. A claim is a unique key; an application that has ended releases
 * its lines, and a claim left by an application that never came to be, or ended without releasing
 * (a crash), is taken over by the next application.
 */
public interface OrderLineClaimsPort {

  /**
   * Claims the line for the application, or tells who holds it.
   *
   * @return the claim in force now: the applicant's when the claim succeeded
   */
  OrderLineClaim claim(String orderNumber, String lineId, OrderLineClaim applicant);

  /**
   * Moves the claim from an application that no longer holds the line in truth to the applicant.
   *
   * @return false when the line is no longer {@code holder}'s (someone else took it over first)
   */
  boolean takeOver(
      String orderNumber, String lineId, ApplicationId holder, OrderLineClaim applicant);

  /** Releases the line if the application holds it. */
  void release(String orderNumber, String lineId, ApplicationId holder);
}
