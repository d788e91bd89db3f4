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
 * @param except phrases in which a keyword does not count: {@code 修改个人信息} (updating one's details)
 *     contains {@code 个人信息} but is no data leak
 * @param type the type proposed, or null
 * @param category the category proposed, or null
 * @param priority the priority proposed, or null
 */
public record ClassificationRule(
    String id,
    List<String> keywords,
    List<String> except,
    TicketType type,
    Category category,
    Priority priority) {

  public ClassificationRule(
      String id, List<String> keywords, TicketType type, Category category, Priority priority) {
    this(id, keywords, List.of(), type, category, priority);
  }

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
    except =
        except == null
            ? List.of()
            : except.stream()
                .filter(phrase -> phrase != null && !phrase.isBlank())
                .map(phrase -> phrase.strip().toLowerCase(Locale.ROOT))
                .toList();
  }

  /**
   * Whether the (already lower-cased) text contains one of the keywords outside the excepted
   * phrases.
   */
  boolean matches(String lowerCaseText) {
    String text = lowerCaseText;
    for (String phrase : except) {
      text = text.replace(phrase, " ");
    }
    String remaining = text;
    return keywords.stream().anyMatch(remaining::contains);
  }
}
