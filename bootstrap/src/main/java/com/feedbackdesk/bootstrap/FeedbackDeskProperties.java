package com.feedbackdesk.bootstrap;

import com.feedbackdesk.domain.ticket.AutoClosure;
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
 * @param businessZone the time zone whose calendar day goes into ticket numbers, and whose calendar
 *     months the monthly analysis counts
 * @param sla the SLA engine: which shipped policy is active at first, how deadlines are run
 * @param routing departments and default routes
 * @param classification the keyword rules of the automatic classification
 * @param closure when resolved tickets the customer never confirms close by themselves
 * @param notifications the messages to customers and staff, and how they are delivered
 * @param analysis the monthly analysis: the quality sample's rate
 * @param orders where the shop's orders are read: its order system, or the embedded directory
 * @param afterSales the after-sales policy the automatic review applies, and where tasks go
 * @param attachments how large photos and videos may be, and how many come with one item
 */
@ConfigurationProperties("feedbackdesk")
public record FeedbackDeskProperties(
    @DefaultValue Mongodb mongodb,
    @DefaultValue Embedded embedded,
    @DefaultValue EventStore eventStore,
    @DefaultValue("Asia/Shanghai") ZoneId businessZone,
    @DefaultValue Sla sla,
    Routing routing,
    Rules classification,
    @DefaultValue Closure closure,
    @DefaultValue Notifications notifications,
    @DefaultValue Analysis analysis,
    @DefaultValue Orders orders,
    @DefaultValue AfterSales afterSales,
    @DefaultValue Attachments attachments) {

  /**
   * @param maxImageSize the largest photo
   * @param maxVideoSize the largest video; also the multipart parser's file limit
   * @param maxPerItem the most attachments on one submission or customer reply
   */
  public record Attachments(
      @DefaultValue("10MB") org.springframework.util.unit.DataSize maxImageSize,
      @DefaultValue("50MB") org.springframework.util.unit.DataSize maxVideoSize,
      @DefaultValue("9") int maxPerItem) {

    public com.feedbackdesk.application.attachment.model.AttachmentLimits toLimits() {
      return new com.feedbackdesk.application.attachment.model.AttachmentLimits(
          maxImageSize.toBytes(), maxVideoSize.toBytes(), maxPerItem);
    }
  }

  /**
   * The after-sales policy (docs/after-sales.md): its terms become {@link
   * com.feedbackdesk.domain.aftersales.AfterSalesPolicy}, whose version is their digest; and the
   * task routes by remedy and product category.
   *
   * @param automaticLimit the largest amount (in {@code currency}) the rules accept on their own
   * @param reviewers the department that decides applications the rules refer to a person
   * @param fallback the department of accepted applications no route names
   */
  public record AfterSales(
      @DefaultValue("7") int noReasonReturnDays,
      @DefaultValue({"CUSTOMISED", "PERISHABLE", "SOFTWARE", "DIGITAL", "INTIMATE"})
          List<String> noReasonExempt,
      @DefaultValue("7") int faultReturnDays,
      @DefaultValue("15") int faultExchangeDays,
      @DefaultValue("12") int warrantyMonths,
      Map<String, Integer> warrantyByCategory,
      @DefaultValue("2000") java.math.BigDecimal automaticLimit,
      @DefaultValue("CNY") String currency,
      @DefaultValue("48h") Duration decideWithin,
      @DefaultValue("7d") Duration shipWithin,
      @DefaultValue("72h") Duration refundWithin,
      @DefaultValue("cn-mainland") String calendar,
      @DefaultValue("CUSTOMER_SERVICE") String reviewers,
      @DefaultValue("CUSTOMER_SERVICE") String fallback,
      List<Route> routes) {

    /** A task route: remedy and/or product category to a department (and handler). */
    public record Route(
        com.feedbackdesk.domain.aftersales.Remedy remedy,
        String productCategory,
        String department,
        String assignee) {}

    public com.feedbackdesk.domain.aftersales.AfterSalesPolicy policy() {
      return new com.feedbackdesk.domain.aftersales.AfterSalesPolicy(
          noReasonReturnDays,
          new java.util.TreeSet<>(noReasonExempt == null ? List.of() : noReasonExempt),
          faultReturnDays,
          faultExchangeDays,
          warrantyMonths,
          new java.util.TreeMap<>(warrantyByCategory == null ? Map.of() : warrantyByCategory),
          new com.feedbackdesk.domain.ticket.Money(automaticLimit, currency),
          decideWithin,
          shipWithin,
          refundWithin,
          calendar);
    }

    public com.feedbackdesk.domain.aftersales.AfterSalesTasks tasks() {
      return new com.feedbackdesk.domain.aftersales.AfterSalesTasks(
          (routes == null ? List.<Route>of() : routes)
              .stream()
                  .map(
                      r ->
                          new com.feedbackdesk.domain.aftersales.AfterSalesTasks.Route(
                              r.remedy(),
                              r.productCategory(),
                              new Department(r.department()),
                              r.assignee()))
                  .toList(),
          new Department(reviewers),
          new Department(fallback));
    }
  }

  /**
   * @param baseUrl the shop's order system ({@code GET <base-url>/orders/<number>}); none: the
   *     embedded order directory, which admins load through the API
   * @param token the bearer token the order system expects, if any
   * @param timeout how long an order may take to come
   */
  public record Orders(
      java.net.URI baseUrl, String token, @DefaultValue("5s") java.time.Duration timeout) {}

  /**
   * @param sampleRate the share of each month's closed tickets drawn for the supervisors' review of
   *     the classification (DOMAIN.md: 30%)
   * @param monthCloseCheck how often the month-close job looks whether last month's hot spots have
   *     their improvement projects
   * @param monthCloseGrace how long after a month's end its projects are raised at the earliest, so
   *     that the read model has folded its last events
   */
  public record Analysis(
      @DefaultValue("0.30") double sampleRate,
      @DefaultValue("15m") java.time.Duration monthCloseCheck,
      @DefaultValue("1h") java.time.Duration monthCloseGrace) {

    public Analysis {
      if (!(sampleRate > 0 && sampleRate <= 1)) {
        throw new IllegalArgumentException(
            "feedbackdesk.analysis.sample-rate lies in (0, 1], was " + sampleRate);
      }
      if (monthCloseCheck.isNegative() || monthCloseCheck.isZero()) {
        throw new IllegalArgumentException("feedbackdesk.analysis.month-close-check must be > 0");
      }
    }
  }

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

  /**
   * @param confirmationTimeout from the resolution to the automatic closure of a ticket the
   *     customer did not confirm; 0 to wait indefinitely
   * @param noticeBefore how long before that the customer is asked once more and told
   */
  public record Closure(
      @DefaultValue("7d") Duration confirmationTimeout, @DefaultValue("1d") Duration noticeBefore) {

    AutoClosure toPolicy() {
      return new AutoClosure(confirmationTimeout, noticeBefore);
    }
  }

  /**
   * @param company the shop's name in the messages
   * @param contact how customers reach the service desk, as the messages give it
   * @param surveyLink the satisfaction survey's address, {@code {number}} for the ticket number
   * @param consoleLink the agent console's address of a ticket, {@code {number}} as above
   * @param defaultLanguage the language of recipients who name none; every template has it
   * @param templateDir a directory of template files that replace the shipped ones of their name
   * @param email the SMTP server; without a host no e-mail is sent
   * @param webhooks how subscribers are called
   * @param dispatch how the outbox is delivered
   * @param staff the staff directory: who is reached how, and who supervises which department
   */
  public record Notifications(
      @DefaultValue("Feedback Desk") String company,
      @DefaultValue("service@shop.example") String contact,
      String surveyLink,
      String consoleLink,
      @DefaultValue("zh") String defaultLanguage,
      Path templateDir,
      @DefaultValue Email email,
      @DefaultValue Webhooks webhooks,
      @DefaultValue Dispatch dispatch,
      List<Staff> staff) {

    public Notifications {
      staff = staff == null ? List.of() : List.copyOf(staff);
    }
  }

  /**
   * @param host the SMTP server; empty: the e-mail channel is off
   * @param from the sender address; required with a host
   * @param fromName the name shown with it (the shop's, say)
   * @param starttls whether the connection is upgraded to TLS (required when true)
   * @param timeout how long connecting, and each exchange with the server, may take
   */
  public record Email(
      String host,
      @DefaultValue("25") int port,
      String username,
      String password,
      String from,
      String fromName,
      @DefaultValue("false") boolean starttls,
      @DefaultValue("10s") Duration timeout) {

    public boolean enabled() {
      return host != null && !host.isBlank();
    }
  }

  /**
   * @param connectTimeout how long connecting to a subscriber may take
   * @param timeout how long a subscriber may take to answer
   * @param pauseAfter failed deliveries in a row after which a subscriber is paused
   */
  public record Webhooks(
      @DefaultValue("5s") Duration connectTimeout,
      @DefaultValue("10s") Duration timeout,
      @DefaultValue("5") int pauseAfter) {}

  /**
   * @param enabled whether this instance delivers; one that does not still records every message,
   *     which the others (or this one, later) deliver
   * @param workers deliveries under way at once on this instance
   * @param poll how often an idle worker looks for due messages
   * @param firstRetry the wait after the first failed attempt; it doubles after each further one
   * @param longestRetry the longest wait between attempts
   * @param maxAttempts attempts before a message is given up
   * @param lease how long an instance may take over a delivery before another takes it over
   */
  public record Dispatch(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("4") int workers,
      @DefaultValue("1s") Duration poll,
      @DefaultValue("30s") Duration firstRetry,
      @DefaultValue("1h") Duration longestRetry,
      @DefaultValue("10") int maxAttempts,
      @DefaultValue("2m") Duration lease) {}

  /**
   * A member of staff as the notifications need them.
   *
   * @param department the department they belong to; for supervisors, the one they supervise (none:
   *     every department)
   */
  public record Staff(
      String id,
      String name,
      String email,
      String phone,
      String language,
      java.util.Set<com.feedbackdesk.application.access.Role> roles,
      String department) {}
}
