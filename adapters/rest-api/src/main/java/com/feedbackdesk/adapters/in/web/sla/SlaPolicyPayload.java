package com.feedbackdesk.adapters.in.web.sla;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import com.feedbackdesk.domain.ticket.TicketType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An SLA policy version, as the API reads and writes it (and as the shipped policy files are
 * written). Time limits are written 24h, 4h business, 5bd or 30s.
 */
@Schema(
    description =
        "An SLA policy version: the limit of each clock per priority, the limits after a"
            + " reopening, rules for types or categories, the reminder share, the calendar, and how"
            + " far a limit may be extended. Limits are written 24h (clock time), 4h business"
            + " (working hours), 5bd (business days) or 30s.")
public record SlaPolicyPayload(
    @Schema(
            description = "The policy's name (read only).",
            example = "after-sales",
            accessMode = Schema.AccessMode.READ_ONLY)
        String id,
    @Schema(
            description = "The version (read only).",
            example = "1",
            accessMode = Schema.AccessMode.READ_ONLY)
        Integer version,
    @Schema(description = "What the policy is.", example = "After-sales SOP (售后服务管理制度)")
        @NotBlank
        @Size(max = 200)
        String title,
    @Schema(
            description = "The business calendar its business time follows.",
            example = "cn-mainland")
        @NotBlank
        String calendar,
    @Schema(
            description = "At what share of a limit the reminder comes, in percent.",
            example = "75")
        @NotNull
        @Min(1)
        @Max(99)
        Integer reminderPercent,
    @Schema(
            description =
                "Per priority, the limit of each clock it measures; a priority left out is not on"
                    + " the clock.",
            example =
                "{\"P1\": {\"ACKNOWLEDGEMENT\": \"1h business\", \"FIRST_RESPONSE\": \"2h\","
                    + " \"RESOLUTION\": \"24h\"}}")
        @NotNull
        Map<Priority, Map<SlaClockKind, String>> targets,
    @Schema(
            description = "Per priority, the limits a reopened ticket's clocks get.",
            example = "{\"P1\": {\"RESOLUTION\": \"12h\"}}")
        Map<Priority, Map<SlaClockKind, String>> reopened,
    @Schema(
            description =
                "Limits for particular types, categories or priorities, applied in order.")
        List<@Valid Rule> rules,
    @Schema(
            description = "The clocks a supervisor or director may extend.",
            example = "[\"RESOLUTION\"]")
        Set<SlaClockKind> extendable,
    @Schema(
            description = "The longest an extended limit may be, from the clock's start.",
            example = "30bd")
        String longestExtended) {

  @Schema(description = "Limits for the tickets a rule matches; every criterion given must match.")
  public record Rule(
      @Schema(example = "COMPLAINT") TicketType type,
      @Schema(example = "CQ05") Category category,
      @Schema(example = "P2") Priority priority,
      @Schema(example = "{\"RESOLUTION\": \"15bd\"}") @NotNull Map<SlaClockKind, String> targets) {}

  /** The domain's policy under the reference given. */
  public SlaPolicy toPolicy(VersionRef ref) {
    if (reminderPercent == null) { // validated in a request body; a policy file is read as is
      throw new InvalidValueException("reminderPercent", "a policy says when its reminder comes");
    }
    return new SlaPolicy(
        ref,
        title,
        calendar,
        reminderPercent,
        limitsByPriority(targets),
        limitsByPriority(reopened),
        rules == null
            ? List.of()
            : rules.stream()
                .map(
                    r ->
                        new SlaPolicy.Rule(
                            r.type(), r.category(), r.priority(), limits(r.targets())))
                .toList(),
        extendable,
        longestExtended == null ? null : SlaTarget.parse(longestExtended));
  }

  public static SlaPolicyPayload of(SlaPolicy policy) {
    return new SlaPolicyPayload(
        policy.ref().id(),
        policy.ref().version(),
        policy.title(),
        policy.calendar(),
        policy.reminderPercent(),
        written(policy.targets()),
        written(policy.reopened()),
        policy.rules().stream()
            .map(r -> new Rule(r.type(), r.category(), r.priority(), writtenLimits(r.targets())))
            .toList(),
        new java.util.TreeSet<>(policy.extendable()),
        policy.longestExtended() == null ? null : policy.longestExtended().toString());
  }

  private static Map<Priority, Map<SlaClockKind, SlaTarget>> limitsByPriority(
      Map<Priority, Map<SlaClockKind, String>> written) {
    Map<Priority, Map<SlaClockKind, SlaTarget>> limits = new EnumMap<>(Priority.class);
    if (written != null) {
      written.forEach((priority, byClock) -> limits.put(priority, limits(byClock)));
    }
    return limits;
  }

  private static Map<SlaClockKind, SlaTarget> limits(Map<SlaClockKind, String> written) {
    Map<SlaClockKind, SlaTarget> limits = new EnumMap<>(SlaClockKind.class);
    if (written != null) {
      written.forEach((clock, target) -> limits.put(clock, SlaTarget.parse(target)));
    }
    return limits;
  }

  private static Map<Priority, Map<SlaClockKind, String>> written(
      Map<Priority, Map<SlaClockKind, SlaTarget>> limits) {
    Map<Priority, Map<SlaClockKind, String>> written = new TreeMap<>();
    limits.forEach((priority, byClock) -> written.put(priority, writtenLimits(byClock)));
    return written;
  }

  private static Map<SlaClockKind, String> writtenLimits(Map<SlaClockKind, SlaTarget> limits) {
    Map<SlaClockKind, String> written = new TreeMap<>();
    limits.forEach((clock, target) -> written.put(clock, target.toString()));
    return written;
  }
}
