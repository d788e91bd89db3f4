package com.feedbackdesk.application.improvement.port.out.memory;

import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPortContract;

class InMemoryImprovementProjectsTest extends ImprovementProjectPortContract {

  @Override
  protected ImprovementProjectPort createPort() {
    return new InMemoryImprovementProjects();
  }
}
