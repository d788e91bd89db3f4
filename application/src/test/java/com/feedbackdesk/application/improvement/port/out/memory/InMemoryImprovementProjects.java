package com.feedbackdesk.application.improvement.port.out.memory;

import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.application.improvement.view.ImprovementProjectView;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The improvement projects read model in memory, for the tests of the services. */
public final class InMemoryImprovementProjects implements ImprovementProjectPort {

  private final Map<ImprovementProjectId, ImprovementProjectView> projects =
      new ConcurrentHashMap<>();

  @Override
  public Optional<ImprovementProjectView> find(ImprovementProjectId id) {
    return Optional.ofNullable(projects.get(id));
  }

  @Override
  public void save(ImprovementProjectView project) {
    projects.merge(
        project.id(),
        project,
        (stored, offered) -> offered.version() > stored.version() ? offered : stored);
  }

  @Override
  public List<ImprovementProjectView> list(ImprovementStatus status, String month) {
    return projects.values().stream()
        .filter(p -> status == null || p.status() == status)
        .filter(p -> month == null || p.month().equals(month))
        .sorted(
            Comparator.comparing(ImprovementProjectView::dueOn).thenComparing(p -> p.id().value()))
        .toList();
  }

  @Override
  public void deleteAll() {
    projects.clear();
  }
}
