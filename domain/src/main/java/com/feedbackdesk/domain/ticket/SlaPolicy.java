package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of a service-level policy (时限规则): the time limit of each clock per priority, the
 * limits after a reopening, limits for particular types or categories, when to remind, which
 * calendar business time follows, and how far a limit may be extended with approval.
 *
 * <p>A version is never changed once created; a changed policy is a new version. Which version
 * governs a ticket is recorded on its clocks.
 *
 * @param ref the policy's name and version, e.g. {@code after-sales@1}
 * @param title what the policy is, in a few words
 * @param calendar the name of the business calendar its business time follows
 * @param reminderPercent at what share of a limit the reminder comes, e.g. 75
 * @param targets per priority, the limit of each clock it measures; a priority left out is not on
 *     the clock
 * @param reopened per priority, the limits a reopened ticket's clocks get; a priority left out gets
 *     its ordinary limits
 * @param rules limits for particular types, categories or priorities, applied over the others in
 *     order
 * @param extendable the clocks whose limit a supervisor or director may extend
 * @param longestExtended the longest limit an extension may reach, e.g. 30 business days
 */
public record SlaPolicy(
    VersionRef ref,
    String title,
    String calendar,
    int reminderPercent,
    Map<Priority, Map<SlaClockKind, SlaTarget>> targets,
    Map<Priority, Map<SlaClockKind, SlaTarget>> reopened,
    List<Rule> rules,
    Set<SlaClockKind> extendable,
    SlaTarget longestExtended) {

  /**
   * Limits for the tickets a rule matches: every criterion given must match.
   *
   * @param type the ticket type, or null for any
   * @param category the category, or null for any
   * @param priority the priority, or null for any
   * @param targets the limits that replace the priority's for these tickets
   */
  public record Rule(
      TicketType type, Category category, Priority priority, Map<SlaClockKind, SlaTarget> targets) {

    public Rule {
      if (targets == null || targets.isEmpty()) {
        throw new InvalidValueException("rules.targets", "a policy rule needs time limits");
      }
      targets = Collections.unmodifiableMap(new EnumMap<>(targets));
    }

    boolean matches(Classification classification) {
      return (type == null || type == classification.type())
          && (category == null || category == classification.category())
          && (priority == null || priority == classification.priority());
    }
  }

  public SlaPolicy {
    Values.required("ref", ref);
    Values.requiredText("title", title, 200);
    VersionRef.requireId("calendar", calendar);
    if (reminderPercent < 1 || reminderPercent > 99) {
      throw new InvalidValueException(
          "reminderPercent", "the reminder comes at 1 to 99% of a limit, was " + reminderPercent);
    }
    targets = byPriority("targets", targets);
    reopened = byPriority("reopened", reopened);
    rules = List.copyOf(rules == null ? List.of() : rules);
    extendable = extendable == null || extendable.isEmpty() ? Set.of() : Set.copyOf(extendable);
    if (!extendable.isEmpty() && longestExtended == null) {
      throw new InvalidValueException(
          "longestExtended", "a policy that allows extensions says how far they may go");
    }
  }

  private static Map<Priority, Map<SlaClockKind, SlaTarget>> byPriority(
      String field, Map<Priority, Map<SlaClockKind, SlaTarget>> given) {
    Map<Priority, Map<SlaClockKind, SlaTarget>> copy = new EnumMap<>(Priority.class);
    if (given != null) {
      given.forEach(
          (priority, limits) -> {
            if (limits == null || limits.isEmpty()) {
              throw new InvalidValueException(field, priority + " is listed without time limits");
            }
            copy.put(priority, Collections.unmodifiableMap(new EnumMap<>(limits)));
          });
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The limits for a ticket of this classification, first handled or reopened. */
  public Map<SlaClockKind, SlaTarget> targetsFor(Classification classification, boolean reopening) {
    Map<SlaClockKind, SlaTarget> limits = new EnumMap<>(SlaClockKind.class);
    limits.putAll(targets.getOrDefault(classification.priority(), Map.of()));
    if (reopening && reopened.containsKey(classification.priority())) {
      limits.putAll(reopened.get(classification.priority()));
    }
    List<Rule> matching = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.matches(classification)) {
        matching.add(rule);
      }
    }
    matching.forEach(rule -> limits.putAll(rule.targets()));
    return limits;
  }
}
