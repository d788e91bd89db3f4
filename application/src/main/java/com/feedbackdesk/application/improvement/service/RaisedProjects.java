package com.feedbackdesk.application.improvement.service;

import com.feedbackdesk.application.analysis.service.AnalysisService;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementSubject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

/** The project each hot spot of a monthly report raised, from the projects read model. */
public final class RaisedProjects implements AnalysisService.HotSpotProjects {

  private final ImprovementProjectPort projects;
  private final ZoneId zone;
  private final Clock clock;

  public RaisedProjects(ImprovementProjectPort projects, ZoneId zone, Clock clock) {
    this.projects = projects;
    this.zone = zone;
    this.clock = clock;
  }

  @Override
  public MonthlyReport.ProjectRef raisedFor(
      YearMonth month, ImprovementSubject subject, String key) {
    return projects
        .find(ImprovementProjectId.forHotSpot(month, subject, key))
        .map(
            project ->
                new MonthlyReport.ProjectRef(
                    project.id(),
                    project.status(),
                    project.dueOn(),
                    project.overdueOn(clock.instant().atZone(zone).toLocalDate())))
        .orElse(null);
  }
}
