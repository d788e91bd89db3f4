package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.application.ticket.view.ConfirmationDetails;
import com.feedbackdesk.application.ticket.view.ResolutionDetails;
import com.feedbackdesk.application.ticket.view.ReturnVisitDetails;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.ActorKind;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationSuggestion;
import com.feedbackdesk.domain.ticket.ClosureReason;
import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.SlaOutcome;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * How ticket read models look in MongoDB. Written out field by field, so the stored shape is plain
 * to see (and to query) and never changes by accident when a Java type does. Absent values are left
 * out of the documents.
 */
public final class TicketDocuments {

  /**
   * Sorts after every real deadline, so that tickets without one (resolved, closed) come last in an
   * ascending sort (MongoDB sorts missing values first).
   */
  static final Date NO_DEADLINE = Date.from(Instant.parse("9999-12-31T23:59:59Z"));

  private TicketDocuments() {}

  // ---- summary (the queue's documents, and the first half of a view's) ----

  static Document summary(TicketSummary summary) {
    Document document = new Document("_id", summary.id().toString());
    put(document, "number", summary.number().value());
    put(document, "status", summary.status());
    put(document, "channel", summary.channel());
    put(document, "type", summary.classification().type());
    put(document, "category", summary.classification().category());
    put(document, "priority", summary.classification().priority());
    put(document, "customer", customer(summary.customer()));
    put(document, "orderNumber", summary.orderNumber());
    put(document, "product", summary.product());
    put(document, "region", summary.region());
    put(document, "department", summary.department() == null ? null : summary.department().code());
    put(document, "assignee", summary.assignee());
    put(
        document,
        "supportingDepartments",
        summary.supportingDepartments().stream().map(Department::code).toList());
    put(document, "escalationLevel", summary.escalationLevel());
    put(document, "reopenCount", summary.reopenCount());
    put(document, "occurredAt", date(summary.occurredAt()));
    put(document, "submittedAt", date(summary.submittedAt()));
    Document dueTimes = new Document();
    summary.dueTimes().forEach((clock, due) -> dueTimes.append(clock.name(), date(due)));
    put(document, "dueTimes", dueTimes);
    put(document, "dueAt", date(summary.dueAt()));
    put(document, "dueRank", summary.dueAt() == null ? NO_DEADLINE : date(summary.dueAt()));
    put(document, "updatedAt", date(summary.updatedAt()));
    put(document, "version", summary.version());
    return document;
  }

  static TicketSummary summary(Document document) {
    String department = document.getString("department");
    return new TicketSummary(
        TicketId.parse(document.getString("_id")),
        new TicketNumber(document.getString("number")),
        TicketStatus.valueOf(document.getString("status")),
        Channel.valueOf(document.getString("channel")),
        new Classification(
            TicketType.valueOf(document.getString("type")),
            Category.valueOf(document.getString("category")),
            Priority.valueOf(document.getString("priority"))),
        customer(document.get("customer", Document.class)),
        document.getString("orderNumber"),
        document.getString("product"),
        document.getString("region"),
        department == null ? null : new Department(department),
        document.getString("assignee"),
        document.getList("supportingDepartments", String.class, List.of()).stream()
            .map(Department::new)
            .toList(),
        EscalationLevel.valueOf(document.getString("escalationLevel")),
        document.getInteger("reopenCount", 0),
        instant(document.getDate("occurredAt")),
        instant(document.getDate("submittedAt")),
        dueTimes(document.get("dueTimes", Document.class)),
        instant(document.getDate("updatedAt")),
        document.getLong("version"));
  }

  // ---- view ----

  static Document view(TicketView view) {
    Document document = summary(view.summary());
    put(document, "description", view.description());
    if (view.suggestion() != null) {
      Classification suggested = view.suggestion().classification();
      put(
          document,
          "suggestion",
          new Document("type", suggested.type().name())
              .append("category", suggested.category().name())
              .append("priority", suggested.priority().name())
              .append("matchedRules", view.suggestion().matchedRules()));
    }
    put(document, "plan", view.plan());
    put(document, "acceptedAt", date(view.acceptedAt()));
    if (view.resolution() != null) {
      ResolutionDetails resolution = view.resolution();
      Document stored = new Document("type", resolution.type().name());
      put(stored, "summary", resolution.summary());
      put(stored, "amount", money(resolution.amount()));
      put(stored, "cost", money(resolution.cost()));
      put(stored, "responsibility", resolution.responsibility());
      put(stored, "improvements", resolution.improvements());
      put(stored, "closesUnconfirmedAt", date(resolution.closesUnconfirmedAt()));
      put(stored, "resolvedBy", actor(resolution.resolvedBy()));
      put(stored, "resolvedAt", date(resolution.resolvedAt()));
      document.append("resolution", stored);
    }
    if (view.confirmation() != null) {
      ConfirmationDetails confirmation = view.confirmation();
      Document stored = new Document("resolved", confirmation.resolved());
      put(stored, "satisfaction", confirmation.satisfaction());
      put(stored, "comment", confirmation.comment());
      put(stored, "confirmedAt", date(confirmation.confirmedAt()));
      document.append("confirmation", stored);
    }
    put(document, "handlingSummary", view.handlingSummary());
    put(document, "closedAt", date(view.closedAt()));
    put(document, "sla", clocks(view.clocks()));
    put(document, "closureReason", view.closureReason());
    if (view.returnVisit() != null) {
      ReturnVisitDetails visit = view.returnVisit();
      Document stored = new Document("reached", visit.reached());
      put(stored, "channel", visit.channel());
      put(stored, "stillSatisfied", visit.stillSatisfied());
      put(stored, "note", visit.note());
      put(stored, "visitedBy", actor(visit.visitedBy()));
      put(stored, "visitedAt", date(visit.visitedAt()));
      document.append("returnVisit", stored);
    }
    if (!view.attachments().isEmpty()) {
      document.append(
          "attachments", view.attachments().stream().map(TicketDocuments::attachment).toList());
    }
    return document;
  }

  static TicketView view(Document document) {
    Document suggestion = document.get("suggestion", Document.class);
    Document resolution = document.get("resolution", Document.class);
    Document confirmation = document.get("confirmation", Document.class);
    return new TicketView(
        summary(document),
        document.getString("description"),
        suggestion == null
            ? null
            : new ClassificationSuggestion(
                new Classification(
                    TicketType.valueOf(suggestion.getString("type")),
                    Category.valueOf(suggestion.getString("category")),
                    Priority.valueOf(suggestion.getString("priority"))),
                suggestion.getList("matchedRules", String.class, List.of())),
        document.getString("plan"),
        instant(document.getDate("acceptedAt")),
        resolution == null
            ? null
            : new ResolutionDetails(
                ResolutionType.valueOf(resolution.getString("type")),
                resolution.getString("summary"),
                money(resolution.get("amount", Document.class)),
                money(resolution.get("cost", Document.class)),
                resolution.getString("responsibility"),
                resolution.getString("improvements"),
                instant(resolution.getDate("closesUnconfirmedAt")),
                actor(resolution.get("resolvedBy", Document.class)),
                instant(resolution.getDate("resolvedAt"))),
        confirmation == null
            ? null
            : new ConfirmationDetails(
                confirmation.getBoolean("resolved"),
                enumOrNull(Satisfaction.class, confirmation.getString("satisfaction")),
                confirmation.getString("comment"),
                instant(confirmation.getDate("confirmedAt"))),
        document.getString("handlingSummary"),
        instant(document.getDate("closedAt")),
        clocks(document.get("sla", Document.class)),
        enumOrNull(ClosureReason.class, document.getString("closureReason")),
        returnVisit(document.get("returnVisit", Document.class)),
        document.getList("attachments", Document.class, List.of()).stream()
            .map(TicketDocuments::attachment)
            .toList());
  }

  public static Document attachment(AttachmentRef attachment) {
    return new Document("id", attachment.id())
        .append("fileName", attachment.fileName())
        .append("contentType", attachment.contentType())
        .append("size", attachment.size())
        .append("sha256", attachment.sha256());
  }

  public static AttachmentRef attachment(Document attachment) {
    return new AttachmentRef(
        attachment.getString("id"),
        attachment.getString("fileName"),
        attachment.getString("contentType"),
        ((Number) attachment.get("size")).longValue(),
        attachment.getString("sha256"));
  }

  private static ReturnVisitDetails returnVisit(Document visit) {
    return visit == null
        ? null
        : new ReturnVisitDetails(
            visit.getBoolean("reached"),
            enumOrNull(ContactChannel.class, visit.getString("channel")),
            visit.getBoolean("stillSatisfied"),
            visit.getString("note"),
            actor(visit.get("visitedBy", Document.class)),
            instant(visit.getDate("visitedAt")));
  }

  // ---- SLA clocks ----

  private static Map<SlaClockKind, Instant> dueTimes(Document document) {
    Map<SlaClockKind, Instant> dueTimes = new EnumMap<>(SlaClockKind.class);
    if (document != null) {
      document.forEach(
          (clock, due) -> dueTimes.put(SlaClockKind.valueOf(clock), ((Date) due).toInstant()));
    }
    return dueTimes;
  }

  static Document clocks(SlaClocks clocks) {
    Document document = new Document("breaches", clocks.breaches());
    put(document, "policy", clocks.policy() == null ? null : clocks.policy().toString());
    document.append("clocks", clocks.all().stream().map(TicketDocuments::clock).toList());
    return document;
  }

  static SlaClocks clocks(Document document) {
    if (document == null) { // a view stored before the SLA engine
      return SlaClocks.none();
    }
    String policy = document.getString("policy");
    return SlaClocks.of(
        policy == null ? null : VersionRef.parse(policy),
        document.getList("clocks", Document.class, List.of()).stream()
            .map(TicketDocuments::clock)
            .toList(),
        document.getInteger("breaches", 0));
  }

  static Document clock(SlaClock clock) {
    Document document = new Document("kind", clock.kind().name());
    document.append("run", clock.run());
    document.append("policy", clock.policy().toString());
    document.append("calendar", clock.calendar().toString());
    document.append("target", clock.target().toString());
    document.append("budget", clock.budget().toString());
    put(document, "startedAt", date(clock.startedAt()));
    document.append("elapsed", clock.elapsed().toString());
    put(document, "countingSince", date(clock.countingSince()));
    put(document, "dueAt", date(clock.dueAt()));
    put(document, "remindAt", date(clock.remindAt()));
    put(document, "breachedAt", date(clock.breachedAt()));
    put(document, "outcome", clock.outcome());
    put(document, "stoppedAt", date(clock.stoppedAt()));
    put(document, "deadlineId", clock.deadlineId());
    return document;
  }

  static SlaClock clock(Document document) {
    return new SlaClock(
        SlaClockKind.valueOf(document.getString("kind")),
        document.getInteger("run"),
        VersionRef.parse(document.getString("policy")),
        VersionRef.parse(document.getString("calendar")),
        SlaTarget.parse(document.getString("target")),
        Duration.parse(document.getString("budget")),
        instant(document.getDate("startedAt")),
        Duration.parse(document.getString("elapsed")),
        instant(document.getDate("countingSince")),
        instant(document.getDate("dueAt")),
        instant(document.getDate("remindAt")),
        instant(document.getDate("breachedAt")),
        enumOrNull(SlaOutcome.class, document.getString("outcome")),
        instant(document.getDate("stoppedAt")),
        document.getString("deadlineId"));
  }

  // ---- values ----

  public static Document actor(Actor actor) {
    return actor == null
        ? null
        : new Document("kind", actor.kind().name()).append("id", actor.id());
  }

  public static Actor actor(Document document) {
    return document == null
        ? null
        : new Actor(ActorKind.valueOf(document.getString("kind")), document.getString("id"));
  }

  private static Document customer(Customer customer) {
    Document document = new Document();
    put(document, "id", customer.id());
    put(document, "name", customer.name());
    put(document, "phone", customer.phone());
    put(document, "email", customer.email());
    put(document, "language", customer.language());
    put(document, "preferredChannel", customer.preferredChannel());
    return document;
  }

  private static Customer customer(Document document) {
    return new Customer(
        document.getString("id"),
        document.getString("name"),
        document.getString("phone"),
        document.getString("email"),
        document.getString("language"),
        enumOrNull(ContactChannel.class, document.getString("preferredChannel")));
  }

  public static Document money(Money money) {
    return money == null
        ? null
        : new Document("amount", new Decimal128(money.amount()))
            .append("currency", money.currency());
  }

  public static Money money(Document document) {
    return document == null
        ? null
        : new Money(
            document.get("amount", Decimal128.class).bigDecimalValue(),
            document.getString("currency"));
  }

  public static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  public static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  public static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  static void put(Document document, String key, Object value) {
    if (value instanceof Enum<?> constant) {
      document.append(key, constant.name());
    } else if (value != null) {
      document.append(key, value);
    }
  }
}
