package com.feedbackdesk.application.sla.port.out.memory;

import com.feedbackdesk.application.sla.port.out.SlaDefinitionPort;
import com.feedbackdesk.application.sla.port.out.SlaDefinitionPortContract;

class InMemorySlaDefinitionsTest extends SlaDefinitionPortContract {

  @Override
  protected SlaDefinitionPort createPort() {
    return new InMemorySlaDefinitions();
  }
}
