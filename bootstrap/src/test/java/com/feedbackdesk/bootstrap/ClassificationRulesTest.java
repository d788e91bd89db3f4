package com.feedbackdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationPolicy;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TicketType;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The keyword rules as shipped in application.yml, over sample texts of the kinds the SOPs name:
 * each lands on the type, category and priority the SOPs give it.
 */
class ClassificationRulesTest {

  private static ClassificationPolicy rules;

  @BeforeAll
  static void loadTheShippedRules() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    FeedbackDeskProperties properties =
        new Binder(ConfigurationPropertySources.get(environment))
            .bind("feedbackdesk", FeedbackDeskProperties.class)
            .get();
    rules = properties.classification().toPolicy();
  }

  @ParameterizedTest(name = "{0} → {1} {2} {3}")
  @CsvSource({
    // a suggestion or an ordinary question is P3 (medium), not P4
    "建议增加夜间配送时段, SUGGESTION, CQ09, P3",
    "请问这个杯子怎么用？, CONSULTATION, CQ09, P3",
    // a complaint about service attitude (服务态度) is P2 (high)
    "客服的服务态度很差，挂了我的电话, COMPLAINT, CQ05, P2",
    // updating one's own profile is information that can wait, and no data leak
    "我想修改个人信息里的收货地址, CONSULTATION, CQ09, P4",
    "please update my personal data: my new phone is 139..., CONSULTATION, CQ09, P4",
    // a real leak is still P1, even next to a profile update
    "我修改个人信息后发现个人信息泄露了, COMPLAINT, CQ08, P1",
    "我的隐私被泄露了, COMPLAINT, CQ08, P1",
    // the rest as before
    "收到的包裹外箱破损，杯子碎了, COMPLAINT, CQ02, P2",
    "电饭煲无法开机, COMPLAINT, CQ01, P1",
  })
  void sampleTextsAreClassifiedAsTheSopsSay(
      String text, TicketType type, Category category, Priority priority) {
    assertThat(rules.suggest(text).classification())
        .isEqualTo(new Classification(type, category, priority));
  }
}
