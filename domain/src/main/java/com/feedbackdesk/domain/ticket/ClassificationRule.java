package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.util.List;
import java.util.Locale;

/**
 * One keyword rule of the automatic classification: when the description contains any of the
 * keywords (case-insensitively), the rule proposes its type, category and/or priority.
 *
 * @param id a short name, recorded with the suggestion so each one can be traced to its rules
 * @param keywords words or phrases in any language, e.g. {@code 破损}, {@code damaged}
 * @param type the type proposed, or null
 * @param category the category proposed, or null
 * @param priority the priority proposed, or null
 */
public record ClassificationRule(
    String id, List<String> keywords, TicketType type, Category category, Priority priority) {

  public ClassificationRule {
    Values.requiredText("rule.id", id, 64);
    if (keywords == null
        || keywords.isEmpty()
        || keywords.stream().anyMatch(k -> k == null || k.isBlank())) {
      throw new InvalidValueException("rule.keywords", "rule " + id + " needs non-blank keywords");
    }
    if (type == null && category == null && priority == null) {
      throw new InvalidValueException(
          "rule", "rule " + id + " proposes nothing: give it a type, category or priority");
    }
    keywords = keywords.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether the (already lower-cased) text contains one of the keywords. */
  boolean matches(String lowerCaseText) {
    return keywords.stream().anyMatch(lowerCaseText::contains);
  }
}
