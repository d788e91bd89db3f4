package com.feedbackdesk.application.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.notification.NotificationTestData;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageTemplate;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.ResolutionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template language, and the checks that keep a broken template from starting the service. */
class NotificationTemplatesTest {

  private static List<MessageTemplate> with(MessageTemplate replacement) {
    List<MessageTemplate> templates = new ArrayList<>(NotificationTestData.templates());
    templates.removeIf(
        t -> t.name().equals(replacement.name()) && t.language().equals(replacement.language()));
    templates.add(replacement);
    return templates;
  }

  private static MessageTemplate result(String text) {
    return new MessageTemplate(
        "result",
        3,
        "zh",
        "结果 {{ticket.number}}",
        text,
        "<p>" + text + "</p>",
        Map.of("REFUND", "退款"));
  }

  @Test
  void variablesSectionsAndLabelsRenderAndHtmlIsEscaped() {
    NotificationTemplates templates =
        new NotificationTemplates(
            with(
                result(
                    "{{resolution.type}}：{{resolution.summary}}"
                        + "{{#resolution.amount}}，金额 {{resolution.amount}}{{/resolution.amount}}"
                        + "{{^resolution.improvements}}（无改进）{{/resolution.improvements}}")),
            "zh");

    var rendered =
        templates.render(
            MessagePurpose.RESULT,
            "zh-CN",
            Map.of(
                "ticket.number", "FW20240520001",
                "resolution.type", ResolutionType.REFUND,
                "resolution.summary", "退款 <全额> & 道歉"));

    assertThat(rendered.subject()).isEqualTo("结果 FW20240520001");
    assertThat(rendered.text()).isEqualTo("退款：退款 <全额> & 道歉（无改进）");
    assertThat(rendered.html()).isEqualTo("<p>退款：退款 &lt;全额&gt; &amp; 道歉（无改进）</p>");
    assertThat(rendered.template().toString()).isEqualTo("result@3/zh");
    assertThat(rendered.template().digest()).hasSize(12);
  }

  @Test
  void aCustomersTextThatLooksLikeACodeIsShownAsItIs() {
    NotificationTemplates templates =
        new NotificationTemplates(with(result("{{resolution.summary}}")), "zh");

    assertThat(
            templates
                .render(MessagePurpose.RESULT, "zh", Map.of("resolution.summary", "REFUND"))
                .text())
        .isEqualTo("REFUND");
  }

  @Test
  void anUnknownVariableAnUnclosedSectionOrAMissingDefaultLanguageIsRefused() {
    assertThatThrownBy(() -> new NotificationTemplates(with(result("{{ticket.numbr}}")), "zh"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ticket.numbr");
    assertThatThrownBy(() -> new NotificationTemplates(with(result("{{#closesAt}}到期")), "zh"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("open");
    assertThatThrownBy(
            () -> new NotificationTemplates(with(result("{{#closesAt}}x{{/surveyLink}}")), "zh"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new NotificationTemplates(NotificationTestData.templates(), "fr"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("default language fr");
  }

  @Test
  void theSameVersionWithOtherTextHasAnotherDigest() {
    String one =
        new NotificationTemplates(with(result("a")), "zh")
            .render(MessagePurpose.RESULT, "zh", Map.of())
            .template()
            .digest();
    String other =
        new NotificationTemplates(with(result("b")), "zh")
            .render(MessagePurpose.RESULT, "zh", Map.of())
            .template()
            .digest();
    assertThat(one).isNotEqualTo(other);
  }
}
