package com.feedbackdesk.adapters.out.mongo.ticket;

import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.date;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.enumOrNull;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.instant;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.put;

import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.analysis.port.out.TicketFactsPort;
import com.feedbackdesk.application.analysis.view.ClassificationReview;
import com.feedbackdesk.application.analysis.view.MonthFacts;
import com.feedbackdesk.application.analysis.view.TicketFacts;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketType;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The analysis read model in the {@code ticket_facts} collection: one document per ticket, its SLA
 * record (as in {@code sla_tickets}) beside an array of the facts of each month it had events in.
 * Months are {@code YYYY-MM} strings, so that they order and range as text; durations are
 * milliseconds.
 */
public final class MongoTicketFacts implements TicketFactsPort {

  public static final String COLLECTION = "ticket_facts";

  private final ReadModelCollection tickets;

  public MongoTicketFacts(MongoDatabase database) {
    this(new ReadModelGenerations(database).live(COLLECTION, MongoTicketFacts::indexes));
  }

  /** The read model in the collection given (a generation being rebuilt, say). */
  public MongoTicketFacts(ReadModelCollection collection) {
    this.tickets = collection;
  }

  /** The indexes of the read model, made on each of its collections. */
  public static void indexes(MongoCollection<Document> tickets) {
    tickets.createIndex(Indexes.ascending("months.month"));
  }

  @Override
  public Optional<TicketFacts> find(TicketId ticket) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(tickets.get().find(Filters.eq("_id", ticket.toString())).first())
                .map(MongoTicketFacts::facts));
  }

  @Override
  public void save(TicketFacts facts) {
    MongoFailures.translated(() -> VersionedDocuments.saveIfNewer(tickets.get(), document(facts)));
  }

  @Override
  public List<MonthFacts> months(YearMonth from, YearMonth to) {
    return MongoFailures.translated(
        () -> {
          List<MonthFacts> found = new ArrayList<>();
          tickets
              .get()
              .find(
                  Filters.elemMatch(
                      "months",
                      Filters.and(
                          Filters.gte("month", from.toString()),
                          Filters.lte("month", to.toString()))))
              .forEach(
                  document -> {
                    for (MonthFacts month : facts(document).months()) {
                      if (!month.month().isBefore(from) && !month.month().isAfter(to)) {
                        found.add(month);
                      }
                    }
                  });
          return found;
        });
  }

  @Override
  public void deleteAll() {
    MongoFailures.translated(() -> tickets.get().deleteMany(new Document()));
  }

  static Document document(TicketFacts facts) {
    Document document = MongoSlaTickets.document(facts.sla());
    put(document, "suggested", facts.suggested());
    put(document, "product", facts.product());
    put(document, "firstResponseAt", date(facts.firstResponseAt()));
    put(document, "firstResolvedAt", date(facts.firstResolvedAt()));
    document.append("surveyOpen", facts.surveyOpen());
    document.append("months", facts.months().stream().map(MongoTicketFacts::month).toList());
    return document;
  }

  static TicketFacts facts(Document document) {
    return new TicketFacts(
        MongoSlaTickets.ticket(document),
        enumOrNull(Category.class, document.getString("suggested")),
        document.getString("product"),
        instant(document.getDate("firstResponseAt")),
        instant(document.getDate("firstResolvedAt")),
        document.getBoolean("surveyOpen", false),
        document.getList("months", Document.class, List.of()).stream()
            .map(MongoTicketFacts::month)
            .toList());
  }

  private static Document month(MonthFacts facts) {
    Document document = new Document("month", facts.month().toString());
    put(document, "ticketId", facts.ticketId().toString());
    put(document, "number", facts.number().value());
    put(document, "type", facts.type());
    put(document, "category", facts.category());
    put(document, "priority", facts.priority());
    put(document, "channel", facts.channel());
    put(document, "department", facts.department() == null ? null : facts.department().code());
    put(document, "assignee", facts.assignee());
    put(document, "product", facts.product());
    document.append("submitted", facts.submitted());
    put(document, "firstResponse", millis(facts.firstResponse()));
    put(document, "firstResponseBusiness", millis(facts.firstResponseBusiness()));
    put(document, "resolution", millis(facts.resolution()));
    put(document, "resolutionBusiness", millis(facts.resolutionBusiness()));
    document.append("resolutions", facts.resolutions());
    document.append("reopenings", facts.reopenings());
    document.append("met", counts(facts.met()));
    document.append("breached", counts(facts.breached()));
    document.append("ratings", counts(facts.ratings()));
    document.append("unanswered", facts.unanswered());
    document.append("closed", facts.closed());
    put(document, "suggestedCategory", facts.suggestedCategory());
    put(document, "closedCategory", facts.closedCategory());
    ClassificationReview review = facts.review();
    if (review != null) {
      document.append(
          "review",
          new Document("correct", review.correct())
              .append("category", review.category().name())
              .append("samplingVersion", review.samplingVersion())
              .append("reviewer", review.reviewer())
              .append("at", date(review.at())));
    }
    return document;
  }

  private static MonthFacts month(Document document) {
    String department = document.getString("department");
    Document review = document.get("review", Document.class);
    return new MonthFacts(
        TicketId.parse(document.getString("ticketId")),
        new TicketNumber(document.getString("number")),
        YearMonth.parse(document.getString("month")),
        enumOrNull(TicketType.class, document.getString("type")),
        enumOrNull(Category.class, document.getString("category")),
        enumOrNull(Priority.class, document.getString("priority")),
        enumOrNull(Channel.class, document.getString("channel")),
        department == null ? null : new Department(department),
        document.getString("assignee"),
        document.getString("product"),
        document.getBoolean("submitted", false),
        duration(document, "firstResponse"),
        duration(document, "firstResponseBusiness"),
        duration(document, "resolution"),
        duration(document, "resolutionBusiness"),
        document.getInteger("resolutions", 0),
        document.getInteger("reopenings", 0),
        counts(SlaClockKind.class, document.get("met", Document.class)),
        counts(SlaClockKind.class, document.get("breached", Document.class)),
        counts(Satisfaction.class, document.get("ratings", Document.class)),
        document.getInteger("unanswered", 0),
        document.getBoolean("closed", false),
        enumOrNull(Category.class, document.getString("suggestedCategory")),
        enumOrNull(Category.class, document.getString("closedCategory")),
        review == null
            ? null
            : new ClassificationReview(
                review.getBoolean("correct"),
                Category.valueOf(review.getString("category")),
                review.getString("samplingVersion"),
                review.getString("reviewer"),
                instant(review.getDate("at"))));
  }

  private static Long millis(Duration duration) {
    return duration == null ? null : duration.toMillis();
  }

  private static Duration duration(Document document, String field) {
    Number millis = document.get(field, Number.class);
    return millis == null ? null : Duration.ofMillis(millis.longValue());
  }

  private static Document counts(Map<? extends Enum<?>, Integer> counts) {
    Document document = new Document();
    counts.forEach((key, count) -> document.append(key.name(), count));
    return document;
  }

  private static <K extends Enum<K>> Map<K, Integer> counts(Class<K> type, Document document) {
    Map<K, Integer> counts = new EnumMap<>(type);
    if (document != null) {
      document.forEach(
          (key, count) -> counts.put(Enum.valueOf(type, key), ((Number) count).intValue()));
    }
    return counts;
  }
}
