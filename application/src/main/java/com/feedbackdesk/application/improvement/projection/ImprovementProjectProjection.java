package com.feedbackdesk.application.improvement.projection;

import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.application.improvement.view.ImprovementProjectView;
import com.feedbackdesk.domain.improvement.ImprovementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/** Keeps the improvement projects read model; idempotent like every projection. */
@ProcessingGroup(ImprovementProjectProjection.NAME)
public class ImprovementProjectProjection {

  public static final String NAME = "improvement-projects";

  private final ImprovementProjectPort projects;

  public ImprovementProjectProjection(ImprovementProjectPort projects) {
    this.projects = projects;
  }

  @EventHandler
  void on(ImprovementEvent event, @SequenceNumber long sequence) {
    ImprovementProjectView current = projects.find(event.projectId()).orElse(null);
    if (current != null && sequence <= current.version()) {
      return;
    }
    projects.save(ImprovementProjectView.fold(current, event, sequence));
  }

  @ResetHandler
  void reset() {
    projects.deleteAll();
  }
}
