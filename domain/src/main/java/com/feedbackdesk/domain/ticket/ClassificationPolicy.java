package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Digests;
import com.feedbackdesk.domain.shared.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The automatic classification (自动分类): keyword rules over the description propose a type, category
 * and priority. For type and category the first matching rule that proposes one wins, so rules are
 * listed from most to least specific; for priority the most urgent proposal wins, so a single
 * alarming word (泄露, leak) is never outvoted. Whatever no rule proposes comes from the fallback
 * classification.
 */
public final class ClassificationPolicy {

  private final List<ClassificationRule> rules;
  private final Classification fallback;
  private final String version;

  public ClassificationPolicy(List<ClassificationRule> rules, Classification fallback) {
    this.rules = List.copyOf(Values.required("rules", rules));
    this.fallback = Values.required("fallback", fallback);
    this.version = Digests.version(this.rules + "|" + this.fallback);
  }

  /** The rules' version: a digest of the rules and the fallback, recorded with each suggestion. */
  public String version() {
    return version;
  }

  /** The classification the rules propose for this description. */
  public ClassificationSuggestion suggest(String description) {
    String text = description.toLowerCase(Locale.ROOT);
    TicketType type = null;
    Category category = null;
    Priority priority = null;
    List<String> matched = new ArrayList<>();
    for (ClassificationRule rule : rules) {
      if (!rule.matches(text)) {
        continue;
      }
      matched.add(rule.id());
      if (type == null) {
        type = rule.type();
      }
      if (category == null) {
        category = rule.category();
      }
      if (rule.priority() != null
          && (priority == null || rule.priority().isMoreUrgentThan(priority))) {
        priority = rule.priority();
      }
    }
    return new ClassificationSuggestion(fallback.with(type, category, priority), matched);
  }

  public List<ClassificationRule> rules() {
    return rules;
  }

  public Classification fallback() {
    return fallback;
  }
}
