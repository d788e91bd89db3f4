package com.feedbackdesk.application.aftersales.projection;

import com.feedbackdesk.application.aftersales.port.out.ApplicationViewPort;
import com.feedbackdesk.application.aftersales.service.ApplicationFold;
import com.feedbackdesk.domain.aftersales.AfterSalesEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/** Keeps the applications read model; idempotent like every projection. */
@ProcessingGroup(ApplicationViewProjection.NAME)
public class ApplicationViewProjection {

  public static final String NAME = "after-sales-applications";

  private final ApplicationViewPort views;

  public ApplicationViewProjection(ApplicationViewPort views) {
    this.views = views;
  }

  @EventHandler
  void on(AfterSalesEvent event, @SequenceNumber long sequence) {
    var current = views.find(event.applicationId()).orElse(null);
    if (current != null && sequence <= current.version()) {
      return;
    }
    views.save(ApplicationFold.apply(current, event, sequence));
  }

  @ResetHandler
  void reset() {
    views.deleteAll();
  }
}
