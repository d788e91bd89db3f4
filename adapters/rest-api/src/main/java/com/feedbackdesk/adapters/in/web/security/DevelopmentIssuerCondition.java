package com.feedbackdesk.adapters.in.web.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no token issuer is configured: the service is then its own development issuer. */
final class DevelopmentIssuerCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return Binder.get(context.getEnvironment())
        .bind("feedbackdesk.security.issuers", Bindable.listOf(Map.class))
        .map(List::isEmpty)
        .orElse(true);
  }
}
