package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageTemplate;
import com.feedbackdesk.application.notification.model.TemplateRef;
import com.feedbackdesk.domain.shared.Digests;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The templates in use: one version of each, in each of its languages, every one parsed and checked
 * against its purpose's variables when loaded. A message is rendered in the recipient's language
 * when the template has it (matched by the language's primary tag: {@code zh-CN} takes {@code zh}),
 * otherwise in the default language, which every template must have.
 */
public final class NotificationTemplates {

  /** A rendered message and the template version that produced it. */
  public record Rendered(TemplateRef template, String subject, String text, String html) {}

  private record Parsed(
      MessageTemplate source,
      TemplateRef ref,
      TemplateText subject,
      TemplateText text,
      TemplateText html) {}

  private final Map<String, Map<String, Parsed>> byName = new LinkedHashMap<>();
  private final String defaultLanguage;

  /**
   * @throws InvalidValueException when a template is unknown, repeated, lacks the default language,
   *     or uses a variable its purpose does not have
   */
  public NotificationTemplates(List<MessageTemplate> templates, String defaultLanguage) {
    this.defaultLanguage = primary(defaultLanguage);
    for (MessageTemplate template : templates) {
      MessagePurpose purpose = purposeOf(template.name());
      String language = primary(template.language());
      String where = template.name() + "/" + language;
      Parsed parsed =
          new Parsed(
              template,
              new TemplateRef(template.name(), template.version(), language, digest(template)),
              TemplateText.parse(where + "/subject", template.subject(), purpose.variables()),
              TemplateText.parse(where + "/text", template.text(), purpose.variables()),
              TemplateText.parse(where + "/html", template.html(), purpose.variables()));
      if (byName.computeIfAbsent(template.name(), n -> new LinkedHashMap<>()).put(language, parsed)
          != null) {
        throw new InvalidValueException(where, "is given twice");
      }
    }
    for (MessagePurpose purpose : MessagePurpose.values()) {
      if (purpose.template() == null) {
        continue;
      }
      Map<String, Parsed> languages = byName.get(purpose.template());
      if (languages == null || !languages.containsKey(this.defaultLanguage)) {
        throw new InvalidValueException(
            purpose.template(),
            "no template in the default language " + this.defaultLanguage + " is loaded");
      }
    }
  }

  private static MessagePurpose purposeOf(String name) {
    for (MessagePurpose purpose : MessagePurpose.values()) {
      if (name.equals(purpose.template())) {
        return purpose;
      }
    }
    throw new InvalidValueException(name, "is not a template the service sends");
  }

  private static String primary(String language) {
    return Locale.forLanguageTag(language).getLanguage();
  }

  /** The language a recipient who asked for {@code requested} (null: none) is written to in. */
  public String languageFor(MessagePurpose purpose, String requested) {
    if (requested != null) {
      String wanted = primary(requested);
      if (byName.get(purpose.template()).containsKey(wanted)) {
        return wanted;
      }
    }
    return defaultLanguage;
  }

  public Rendered render(MessagePurpose purpose, String requested, Map<String, Object> values) {
    Parsed template = byName.get(purpose.template()).get(languageFor(purpose, requested));
    Map<String, String> labels = template.source().labels();
    return new Rendered(
        template.ref(),
        template.subject().render(values, labels, false).strip(),
        template.text().render(values, labels, false),
        template.source().html() == null ? null : template.html().render(values, labels, true));
  }

  /** Every template version loaded, by name and language. */
  public List<TemplateRef> loaded() {
    List<TemplateRef> refs = new ArrayList<>();
    byName.values().forEach(languages -> languages.values().forEach(p -> refs.add(p.ref())));
    refs.sort(Comparator.comparing(TemplateRef::name).thenComparing(TemplateRef::language));
    return refs;
  }

  private static String digest(MessageTemplate template) {
    StringBuilder text = new StringBuilder();
    for (String part :
        new String[] {
          template.subject(),
          template.text(),
          template.html(),
          String.valueOf(new TreeMap<>(template.labels()))
        }) {
      text.append(part).append('\0');
    }
    return Digests.hex(text.toString(), 6);
  }
}
