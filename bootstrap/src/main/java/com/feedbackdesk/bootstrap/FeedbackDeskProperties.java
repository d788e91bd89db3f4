package com.feedbackdesk.bootstrap;

import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationPolicy;
import com.feedbackdesk.domain.ticket.ClassificationRule;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.DepartmentRouting;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaEscalation;
import com.feedbackdesk.domain.ticket.TicketType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything about the service that is configuration ({@code feedbackdesk.*} in application.yml, or
 * environment variables such as {@code FEEDBACKDESK_MONGODB_URI}). Invalid configuration stops the
 * service at start-up with a message naming the offending setting.
 *
 * @param mongodb where the data lives
 * @param embedded the embedded MongoDB server used when no connection string is set
 * @param eventStore how events are stored and read
 * @param businessZone the time zone whose calendar day goes into ticket numbers
 * @param sla the SLA engine: which shipped policy is active at first, how deadlines are run
 * @param routing departments and default routes
 * @param classification the keyword rules of the automatic classification
 */
@ConfigurationProperties("feedbackdesk")
public record FeedbackDeskProperties(
    @DefaultValue Mongodb mongodb,
    @DefaultValue Embedded embedded,
    @DefaultValue EventStore eventStore,
    @DefaultValue("Asia/Shanghai") ZoneId businessZone,
    @DefaultValue Sla sla,
    Routing routing,
    Rules classification) {

  /**
   * @param uri a MongoDB connection string; when set, no embedded server is started
   * @param database the database, unless the connection string names one
   */
  public record Mongodb(String uri, @DefaultValue("feedbackdesk") String database) {}

  /**
   * @param dataDir the directory holding the embedded server's data file
   * @param forceWritesToDisk whether each write is forced to the disk before it is acknowledged, so
   *     it survives a power loss as well as a crash of the process
   */
  public record Embedded(
      @DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean forceWritesToDisk) {}

  /**
   * @param snapshotThreshold a ticket is snapshotted once this many events have been loaded since
   *     its last snapshot
   * @param batchSize how many positions one read of the global stream asks for
   * @param gapTimeout how long readers wait for a position handed out but not yet stored
   */
  public record EventStore(
      @DefaultValue("50") int snapshotThreshold,
      @DefaultValue("1000") int batchSize,
      @DefaultValue("60s") Duration gapTimeout) {}

  /**
   * @param departments the codes of the organisation's departments
   * @param routes the default department of each category
   * @param typeRoutes departments for some ticket types, taking precedence over the category
   */
  public record Routing(
      List<String> departments, Map<Category, String> routes, Map<TicketType, String> typeRoutes) {

    DepartmentRouting toPolicy() {
      return new DepartmentRouting(
          departments.stream().map(Department::new).collect(Collectors.toSet()),
          toDepartments(routes, Category.class),
          typeRoutes == null ? Map.of() : toDepartments(typeRoutes, TicketType.class));
    }

    private static <K extends Enum<K>> Map<K, Department> toDepartments(
        Map<K, String> codes, Class<K> type) {
      Map<K, Department> result = new EnumMap<>(type);
      codes.forEach((key, code) -> result.put(key, new Department(code)));
      return result;
    }
  }

  /**
   * @param fallback the classification where no rule proposes one
   * @param rules the keyword rules, most specific first
   */
  public record Rules(Fallback fallback, List<Rule> rules) {

    ClassificationPolicy toPolicy() {
      return new ClassificationPolicy(
          rules.stream()
              .map(
                  rule ->
                      new ClassificationRule(
                          rule.id(),
                          rule.keywords(),
                          rule.except(),
                          rule.type(),
                          rule.category(),
                          rule.priority()))
              .toList(),
          new Classification(fallback.type(), fallback.category(), fallback.priority()));
    }
  }

  public record Fallback(TicketType type, Category category, Priority priority) {}

  /**
   * @param except phrases in which the rule's keywords do not count
   */
  public record Rule(
      String id,
      List<String> keywords,
      List<String> except,
      TicketType type,
      Category category,
      Priority priority) {}

  /**
   * @param activePolicy the shipped policy activated when none is active yet: after-sales,
   *     complaint-plan or feedback-handling
   * @param policyFiles policy files (the API's JSON) added at start-up as new versions
   * @param calendarFiles calendar files (the API's JSON) loaded at start-up: each becomes its
   *     calendar's next version when its working time differs
   * @param pollInterval how often the deadline scheduler looks for due deadlines; a deadline fires
   *     at most this long after its time (JobRunr's poll interval)
   * @param workers how many deadlines and background jobs run at once on this instance
   * @param escalation which level each breach escalates a ticket to
   */
  public record Sla(
      @DefaultValue("after-sales") String activePolicy,
      List<Path> policyFiles,
      List<Path> calendarFiles,
      @DefaultValue("5s") Duration pollInterval,
      @DefaultValue("8") int workers,
      @DefaultValue Escalation escalation) {

    public Sla {
      policyFiles = policyFiles == null ? List.of() : List.copyOf(policyFiles);
      calendarFiles = calendarFiles == null ? List.of() : List.copyOf(calendarFiles);
      if (pollInterval.compareTo(Duration.ofSeconds(5)) < 0) {
        throw new IllegalArgumentException(
            "feedbackdesk.sla.poll-interval must be at least 5s (JobRunr's least), was "
                + pollInterval);
      }
    }
  }

  /**
   * @param firstBreach the level of a ticket's first breach (of any clock but resolution)
   * @param resolutionBreach the level of a resolution breach
   * @param furtherBreach the level of every breach after the first
   */
  public record Escalation(
      @DefaultValue("SUPERVISOR") EscalationLevel firstBreach,
      @DefaultValue("DIRECTOR") EscalationLevel resolutionBreach,
      @DefaultValue("DIRECTOR") EscalationLevel furtherBreach) {

    SlaEscalation toPolicy() {
      return new SlaEscalation(firstBreach, resolutionBreach, furtherBreach);
    }
  }
}
