package com.feedbackdesk.application.aftersales.port.out;

import com.feedbackdesk.application.aftersales.view.ApplicationPage;
import com.feedbackdesk.application.aftersales.view.ApplicationQuery;
import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.domain.aftersales.ApplicationId;
import java.util.Optional;

/** The applications read model (projection {@code after-sales-applications}). */
public interface ApplicationViewPort {

  Optional<ApplicationView> find(ApplicationId id);

  /** Stores the view unless a view of the same or a later version is stored already. */
  void save(ApplicationView view);

  ApplicationPage list(ApplicationQuery query);

  /** Forgets every application, before the projection is rebuilt from the event history. */
  void deleteAll();
}
