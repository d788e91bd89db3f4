package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.application.sla.port.in.SlaVersionTakenException;
import com.feedbackdesk.application.sla.port.out.SlaDefinitionPort;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.sla.WorkingPeriod;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import com.feedbackdesk.domain.ticket.TicketType;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * SLA policy and calendar versions in {@code sla_policies} and {@code sla_calendars}, one document
 * per version keyed {@code name@version} (so a version can be inserted once only), and the active
 * policy in {@code sla_settings}.
 */
public final class MongoSlaDefinitions implements SlaDefinitionPort {

  public static final String POLICIES = "sla_policies";
  public static final String CALENDARS = "sla_calendars";
  public static final String SETTINGS = "sla_settings";
  private static final String ACTIVE = "active-policy";

  private final MongoCollection<Document> policies;
  private final MongoCollection<Document> calendars;
  private final MongoCollection<Document> settings;

  public MongoSlaDefinitions(MongoDatabase database) {
    this.policies = MongoCollections.ensure(database, POLICIES);
    this.calendars = MongoCollections.ensure(database, CALENDARS);
    this.settings = MongoCollections.ensure(database, SETTINGS);
  }

  @Override
  public void add(SlaPolicy policy) {
    insert(policies, policy.ref(), policy(policy));
  }

  @Override
  public Optional<SlaPolicy> policy(VersionRef ref) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(policies.find(Filters.eq("_id", ref.toString())).first())
                .map(MongoSlaDefinitions::policy));
  }

  @Override
  public List<SlaPolicy> policies() {
    return MongoFailures.translated(
        () -> {
          List<SlaPolicy> found = new ArrayList<>();
          policies.find().forEach(document -> found.add(policy(document)));
          return found;
        });
  }

  @Override
  public Optional<VersionRef> activePolicy() {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(settings.find(Filters.eq("_id", ACTIVE)).first())
                .map(document -> VersionRef.parse(document.getString("policy"))));
  }

  @Override
  public void activate(VersionRef policy) {
    MongoFailures.translated(
        () ->
            settings.replaceOne(
                Filters.eq("_id", ACTIVE),
                new Document("_id", ACTIVE).append("policy", policy.toString()),
                new ReplaceOptions().upsert(true)));
  }

  @Override
  public void add(BusinessCalendar calendar) {
    insert(calendars, calendar.ref(), calendar(calendar));
  }

  @Override
  public Optional<BusinessCalendar> calendar(VersionRef ref) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(calendars.find(Filters.eq("_id", ref.toString())).first())
                .map(MongoSlaDefinitions::calendar));
  }

  @Override
  public List<BusinessCalendar> calendars() {
    return MongoFailures.translated(
        () -> {
          List<BusinessCalendar> found = new ArrayList<>();
          calendars.find().forEach(document -> found.add(calendar(document)));
          return found;
        });
  }

  private static void insert(MongoCollection<Document> collection, VersionRef ref, Document doc) {
    MongoFailures.translated(
        () -> {
          try {
            collection.insertOne(doc);
          } catch (MongoWriteException e) {
            if (MongoCollections.isDuplicateKeyOn(e, MongoCollections.ID_INDEX)) {
              throw new SlaVersionTakenException(ref);
            }
            throw e;
          }
        });
  }

  // ---- policies ----

  static Document policy(SlaPolicy policy) {
    Document document = new Document("_id", policy.ref().toString());
    document.append("id", policy.ref().id()).append("version", policy.ref().version());
    document.append("title", policy.title()).append("calendar", policy.calendar());
    document.append("reminderPercent", policy.reminderPercent());
    document.append("targets", byPriority(policy.targets()));
    document.append("reopened", byPriority(policy.reopened()));
    List<Document> rules = new ArrayList<>();
    for (SlaPolicy.Rule rule : policy.rules()) {
      Document stored = new Document("targets", limits(rule.targets()));
      if (rule.type() != null) {
        stored.append("type", rule.type().name());
      }
      if (rule.category() != null) {
        stored.append("category", rule.category().name());
      }
      if (rule.priority() != null) {
        stored.append("priority", rule.priority().name());
      }
      rules.add(stored);
    }
    document.append("rules", rules);
    document.append("extendable", policy.extendable().stream().map(Enum::name).sorted().toList());
    if (policy.longestExtended() != null) {
      document.append("longestExtended", policy.longestExtended().toString());
    }
    return document;
  }

  static SlaPolicy policy(Document document) {
    String longest = document.getString("longestExtended");
    return new SlaPolicy(
        new VersionRef(document.getString("id"), document.getInteger("version")),
        document.getString("title"),
        document.getString("calendar"),
        document.getInteger("reminderPercent"),
        byPriority(document.get("targets", Document.class)),
        byPriority(document.get("reopened", Document.class)),
        document.getList("rules", Document.class, List.of()).stream()
            .map(
                rule ->
                    new SlaPolicy.Rule(
                        enumOrNull(TicketType.class, rule.getString("type")),
                        enumOrNull(Category.class, rule.getString("category")),
                        enumOrNull(Priority.class, rule.getString("priority")),
                        limits(rule.get("targets", Document.class))))
            .toList(),
        document.getList("extendable", String.class, List.of()).stream()
            .map(SlaClockKind::valueOf)
            .collect(Collectors.toSet()),
        longest == null ? null : SlaTarget.parse(longest));
  }

  private static Document byPriority(Map<Priority, Map<SlaClockKind, SlaTarget>> targets) {
    Document document = new Document();
    targets.forEach((priority, limits) -> document.append(priority.name(), limits(limits)));
    return document;
  }

  private static Map<Priority, Map<SlaClockKind, SlaTarget>> byPriority(Document document) {
    Map<Priority, Map<SlaClockKind, SlaTarget>> targets = new EnumMap<>(Priority.class);
    if (document != null) {
      document.forEach(
          (priority, limits) -> targets.put(Priority.valueOf(priority), limits((Document) limits)));
    }
    return targets;
  }

  private static Document limits(Map<SlaClockKind, SlaTarget> limits) {
    Document document = new Document();
    limits.forEach((clock, target) -> document.append(clock.name(), target.toString()));
    return document;
  }

  private static Map<SlaClockKind, SlaTarget> limits(Document document) {
    Map<SlaClockKind, SlaTarget> limits = new EnumMap<>(SlaClockKind.class);
    document.forEach(
        (clock, target) ->
            limits.put(SlaClockKind.valueOf(clock), SlaTarget.parse((String) target)));
    return limits;
  }

  // ---- calendars ----

  static Document calendar(BusinessCalendar calendar) {
    Document document = new Document("_id", calendar.ref().toString());
    document.append("id", calendar.ref().id()).append("version", calendar.ref().version());
    document.append("zone", calendar.zone().getId());
    Document week = new Document();
    calendar
        .week()
        .forEach(
            (day, periods) ->
                week.append(day.name(), periods.stream().map(WorkingPeriod::toString).toList()));
    document.append("week", week);
    Document holidays = new Document();
    calendar.holidays().forEach((day, name) -> holidays.append(day.toString(), name));
    document.append("holidays", holidays);
    Document makeUp = new Document();
    calendar
        .makeUpWorkingDays()
        .forEach((day, worksAs) -> makeUp.append(day.toString(), worksAs.name()));
    document.append("makeUpWorkingDays", makeUp);
    return document;
  }

  static BusinessCalendar calendar(Document document) {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    document
        .get("week", Document.class)
        .forEach(
            (day, periods) ->
                week.put(
                    DayOfWeek.valueOf(day),
                    ((List<?>) periods)
                        .stream().map(p -> WorkingPeriod.parse((String) p)).toList()));
    Map<LocalDate, String> holidays = new TreeMap<>();
    document
        .get("holidays", Document.class)
        .forEach((day, name) -> holidays.put(LocalDate.parse(day), (String) name));
    Map<LocalDate, DayOfWeek> makeUp = new LinkedHashMap<>();
    document
        .get("makeUpWorkingDays", Document.class)
        .forEach(
            (day, worksAs) ->
                makeUp.put(LocalDate.parse(day), DayOfWeek.valueOf((String) worksAs)));
    return new BusinessCalendar(
        new VersionRef(document.getString("id"), document.getInteger("version")),
        ZoneId.of(document.getString("zone")),
        week,
        holidays,
        makeUp);
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
