package com.feedbackdesk.application.improvement.port.out;

import com.feedbackdesk.application.improvement.view.ImprovementProjectView;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import java.util.List;
import java.util.Optional;

/** The improvement projects read model. */
public interface ImprovementProjectPort {

  Optional<ImprovementProjectView> find(ImprovementProjectId id);

  /** Stores the view unless one of the same project with the same or a higher version is stored. */
  void save(ImprovementProjectView project);

  /**
   * The projects with the status (any when null) raised for the month ({@code YYYY-MM}, any when
   * null), the one due first first.
   */
  List<ImprovementProjectView> list(ImprovementStatus status, String month);

  /** Forgets the whole read model, before the projection is rebuilt from the event history. */
  void deleteAll();
}
