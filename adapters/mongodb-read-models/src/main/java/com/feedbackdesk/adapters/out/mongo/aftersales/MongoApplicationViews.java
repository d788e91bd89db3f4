package com.feedbackdesk.adapters.out.mongo.aftersales;

import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.date;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.enumOrNull;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.instant;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.money;

import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments;
import com.feedbackdesk.adapters.out.mongo.ticket.VersionedDocuments;
import com.feedbackdesk.application.aftersales.port.out.ApplicationViewPort;
import com.feedbackdesk.application.aftersales.view.ApplicationPage;
import com.feedbackdesk.application.aftersales.view.ApplicationQuery;
import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import com.feedbackdesk.domain.aftersales.ApplicationReason;
import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.aftersales.DecidedBy;
import com.feedbackdesk.domain.aftersales.OrderLineFacts;
import com.feedbackdesk.domain.aftersales.PolicyRule;
import com.feedbackdesk.domain.aftersales.Remedy;
import com.feedbackdesk.domain.aftersales.ReviewDecision;
import com.feedbackdesk.domain.aftersales.RuleOutcome;
import com.feedbackdesk.domain.aftersales.RuleVerdict;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.TicketId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The applications read model in the {@code after_sales_applications} collection. */
public final class MongoApplicationViews implements ApplicationViewPort {

  public static final String COLLECTION = "after_sales_applications";

  private final ReadModelCollection applications;

  public MongoApplicationViews(ReadModelCollection collection) {
    this.applications = collection;
  }

  /** The indexes of the read model, made on each of its collections. */
  public static void indexes(MongoCollection<Document> applications) {
    applications.createIndex(Indexes.ascending("customerId", "appliedAt"));
    applications.createIndex(Indexes.ascending("department", "status", "appliedAt"));
    applications.createIndex(Indexes.ascending("status", "appliedAt"));
    applications.createIndex(Indexes.ascending("line.orderNumber", "line.lineId"));
  }

  @Override
  public Optional<ApplicationView> find(ApplicationId id) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(applications.get().find(Filters.eq("_id", id.toString())).first())
                .map(MongoApplicationViews::view));
  }

  @Override
  public void save(ApplicationView view) {
    MongoFailures.translated(
        () -> VersionedDocuments.saveIfNewer(applications.get(), document(view)));
  }

  @Override
  public ApplicationPage list(ApplicationQuery query) {
    List<Bson> filters = new ArrayList<>();
    if (!query.statuses().isEmpty()) {
      filters.add(Filters.in("status", query.statuses().stream().map(Enum::name).toList()));
    }
    if (query.customerId() != null) {
      filters.add(Filters.eq("customerId", query.customerId()));
    }
    if (query.department() != null) {
      filters.add(Filters.eq("department", query.department().code()));
    }
    if (query.assignee() != null) {
      filters.add(Filters.eq("assignee", query.assignee()));
    }
    if (query.orderNumber() != null) {
      filters.add(Filters.eq("line.orderNumber", query.orderNumber()));
    }
    if (query.lineId() != null) {
      filters.add(Filters.eq("line.lineId", query.lineId()));
    }
    Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
    return MongoFailures.translated(
        () -> {
          List<ApplicationView> page = new ArrayList<>();
          applications
              .get()
              .find(filter)
              .sort(Sorts.descending("appliedAt", "_id"))
              .skip(query.offset())
              .limit(query.limit())
              .forEach(document -> page.add(view(document)));
          return new ApplicationPage(page, applications.get().countDocuments(filter));
        });
  }

  @Override
  public void deleteAll() {
    MongoFailures.translated(() -> applications.get().deleteMany(new Document()));
  }

  static Document document(ApplicationView view) {
    OrderLineFacts line = view.line();
    ApplicationView.Review review = view.review();
    ApplicationView.Shipment shipment = view.shipment();
    ApplicationView.Completion completion = view.completion();
    return new Document("_id", view.id().toString())
        .append("number", view.number().value())
        .append("ticketId", view.ticketId().toString())
        .append("status", view.status() == null ? null : view.status().name())
        .append("channel", view.channel().name())
        .append("customerId", view.customerId())
        .append("customerLanguage", view.customerLanguage())
        .append(
            "line",
            new Document("orderNumber", line.orderNumber())
                .append("lineId", line.lineId())
                .append("sku", line.sku())
                .append("product", line.product())
                .append("productCategory", line.productCategory())
                .append("quantity", line.quantity())
                .append("unitPrice", money(line.unitPrice()))
                .append("deliveredAt", date(line.deliveredAt()))
                .append("receivedAt", date(line.receivedAt())))
        .append("remedy", view.remedy().name())
        .append("reason", view.reason().name())
        .append("quantity", view.quantity())
        .append("description", view.description())
        .append(
            "attachments", view.attachments().stream().map(TicketDocuments::attachment).toList())
        .append(
            "review",
            review == null
                ? null
                : new Document("decision", review.decision().name())
                    .append("decidedBy", review.decidedBy().name())
                    .append("policyVersion", review.policyVersion())
                    .append(
                        "rules",
                        review.rules().stream()
                            .map(
                                r ->
                                    new Document("rule", r.rule().name())
                                        .append("verdict", r.verdict().name())
                                        .append("message", r.message()))
                            .toList())
                    .append("note", review.note())
                    .append("actor", review.decidedByActor())
                    .append("at", date(review.at())))
        .append("department", view.department() == null ? null : view.department().code())
        .append("assignee", view.assignee())
        .append("dueBy", date(view.dueBy()))
        .append(
            "shipment",
            shipment == null
                ? null
                : new Document("carrier", shipment.carrier())
                    .append("trackingNumber", shipment.trackingNumber())
                    .append("shippedAt", date(shipment.shippedAt())))
        .append("handler", view.handler())
        .append(
            "completion",
            completion == null
                ? null
                : new Document("outcome", completion.outcome().name())
                    .append("summary", completion.summary())
                    .append("amount", money(completion.amount()))
                    .append("decidedBy", completion.decidedBy().name())
                    .append("at", date(completion.at())))
        .append("withdrawalReason", view.withdrawalReason())
        .append("appliedAt", date(view.appliedAt()))
        .append("updatedAt", date(view.updatedAt()))
        .append("version", view.version());
  }

  static ApplicationView view(Document document) {
    Document line = document.get("line", Document.class);
    Document review = document.get("review", Document.class);
    Document shipment = document.get("shipment", Document.class);
    Document completion = document.get("completion", Document.class);
    String department = document.getString("department");
    return new ApplicationView(
        ApplicationId.parse(document.getString("_id")),
        new ApplicationNumber(document.getString("number")),
        TicketId.parse(document.getString("ticketId")),
        enumOrNull(ApplicationStatus.class, document.getString("status")),
        Channel.valueOf(document.getString("channel")),
        document.getString("customerId"),
        document.getString("customerLanguage"),
        new OrderLineFacts(
            line.getString("orderNumber"),
            line.getString("lineId"),
            line.getString("sku"),
            line.getString("product"),
            line.getString("productCategory"),
            line.get("quantity", Number.class).intValue(),
            money(line.get("unitPrice", Document.class)),
            instant(line.getDate("deliveredAt")),
            instant(line.getDate("receivedAt"))),
        Remedy.valueOf(document.getString("remedy")),
        ApplicationReason.valueOf(document.getString("reason")),
        document.get("quantity", Number.class).intValue(),
        document.getString("description"),
        document.getList("attachments", Document.class, List.of()).stream()
            .map(TicketDocuments::attachment)
            .toList(),
        review == null
            ? null
            : new ApplicationView.Review(
                ReviewDecision.valueOf(review.getString("decision")),
                DecidedBy.valueOf(review.getString("decidedBy")),
                review.getString("policyVersion"),
                review.getList("rules", Document.class, List.of()).stream()
                    .map(
                        r ->
                            new RuleOutcome(
                                PolicyRule.valueOf(r.getString("rule")),
                                RuleVerdict.valueOf(r.getString("verdict")),
                                r.getString("message")))
                    .toList(),
                review.getString("note"),
                review.getString("actor"),
                instant(review.getDate("at"))),
        department == null ? null : new Department(department),
        document.getString("assignee"),
        instant(document.getDate("dueBy")),
        shipment == null
            ? null
            : new ApplicationView.Shipment(
                shipment.getString("carrier"),
                shipment.getString("trackingNumber"),
                instant(shipment.getDate("shippedAt"))),
        document.getString("handler"),
        completion == null
            ? null
            : new ApplicationView.Completion(
                ResolutionType.valueOf(completion.getString("outcome")),
                completion.getString("summary"),
                money(completion.get("amount", Document.class)),
                DecidedBy.valueOf(completion.getString("decidedBy")),
                instant(completion.getDate("at"))),
        document.getString("withdrawalReason"),
        instant(document.getDate("appliedAt")),
        instant(document.getDate("updatedAt")),
        document.get("version", Number.class).longValue());
  }
}
