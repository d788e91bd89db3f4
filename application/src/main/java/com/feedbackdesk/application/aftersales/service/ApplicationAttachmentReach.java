package com.feedbackdesk.application.aftersales.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.aftersales.port.in.AfterSalesUseCase;
import com.feedbackdesk.application.aftersales.port.in.ApplicationNotFoundException;
import com.feedbackdesk.application.attachment.service.AttachmentReach;

/**
 * An application's photos and videos are seen by whoever sees the application: its customer, and
 * staff with its reach (a handler of another department is refused).
 */
public final class ApplicationAttachmentReach implements AttachmentReach {

  private final AfterSalesUseCase applications;

  public ApplicationAttachmentReach(AfterSalesUseCase applications) {
    this.applications = applications;
  }

  @Override
  public String kind() {
    return AfterSalesService.ATTACHMENT_OWNER;
  }

  @Override
  public boolean reaches(Caller caller, String ownerId) {
    try {
      applications.application(caller, ownerId);
      return true;
    } catch (ApplicationNotFoundException e) {
      return false;
    }
  }
}
