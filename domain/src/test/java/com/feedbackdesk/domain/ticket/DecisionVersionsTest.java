package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketTestData.classificationPolicy;
import static com.feedbackdesk.domain.ticket.TicketTestData.routing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The automatic decisions name the version of the configuration that made them. */
class DecisionVersionsTest {

  @Test
  void theSameRulesHaveTheSameVersionAndAnyChangeGivesAnother() {
    ClassificationPolicy rules = classificationPolicy();
    ClassificationPolicy same = new ClassificationPolicy(rules.rules(), rules.fallback());
    List<ClassificationRule> more = new ArrayList<>(rules.rules());
    more.add(
        new ClassificationRule(
            "new-rule", List.of("新词"), TicketType.COMPLAINT, Category.CQ09, null));

    assertThat(same.version()).isEqualTo(rules.version()).startsWith("sha256:");
    assertThat(new ClassificationPolicy(more, rules.fallback()).version())
        .isNotEqualTo(rules.version());
  }

  @Test
  void theSameRoutingHasTheSameVersionAndAnotherRouteGivesAnother() {
    DepartmentRouting routing = routing();
    Map<Category, Department> moved = new EnumMap<>(routing.routes());
    moved.put(Category.CQ02, TicketTestData.CUSTOMER_SERVICE);

    assertThat(
            new DepartmentRouting(routing.departments(), routing.routes(), routing.typeRoutes())
                .version())
        .isEqualTo(routing.version());
    assertThat(new DepartmentRouting(routing.departments(), moved, routing.typeRoutes()).version())
        .isNotEqualTo(routing.version());
  }
}
