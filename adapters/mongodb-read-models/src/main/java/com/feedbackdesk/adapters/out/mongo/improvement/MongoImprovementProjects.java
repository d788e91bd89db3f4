package com.feedbackdesk.adapters.out.mongo.improvement;

import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.actor;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.date;
import static com.feedbackdesk.adapters.out.mongo.ticket.TicketDocuments.instant;

import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.adapters.out.mongo.ticket.VersionedDocuments;
import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.application.improvement.view.ImprovementProjectView;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.improvement.ImprovementSubject;
import com.feedbackdesk.domain.ticket.Department;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The improvement projects read model in the {@code improvement_projects} collection. */
public final class MongoImprovementProjects implements ImprovementProjectPort {

  public static final String COLLECTION = "improvement_projects";

  private final ReadModelCollection projects;

  public MongoImprovementProjects(MongoDatabase database) {
    this(new ReadModelGenerations(database).live(COLLECTION, MongoImprovementProjects::indexes));
  }

  /** The read model in the collection given (a generation being rebuilt, say). */
  public MongoImprovementProjects(ReadModelCollection collection) {
    this.projects = collection;
  }

  /** The indexes of the read model, made on each of its collections. */
  public static void indexes(MongoCollection<Document> projects) {
    projects.createIndex(Indexes.ascending("status", "dueOn"));
    projects.createIndex(Indexes.ascending("month"));
  }

  @Override
  public Optional<ImprovementProjectView> find(ImprovementProjectId id) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(projects.get().find(Filters.eq("_id", id.value())).first())
                .map(MongoImprovementProjects::project));
  }

  @Override
  public void save(ImprovementProjectView project) {
    MongoFailures.translated(
        () -> VersionedDocuments.saveIfNewer(projects.get(), document(project)));
  }

  @Override
  public List<ImprovementProjectView> list(ImprovementStatus status, String month) {
    List<Bson> filters = new ArrayList<>();
    if (status != null) {
      filters.add(Filters.eq("status", status.name()));
    }
    if (month != null) {
      filters.add(Filters.eq("month", month));
    }
    return MongoFailures.translated(
        () -> {
          List<ImprovementProjectView> found = new ArrayList<>();
          projects
              .get()
              .find(filters.isEmpty() ? new Document() : Filters.and(filters))
              .sort(Sorts.ascending("dueOn", "_id"))
              .forEach(document -> found.add(project(document)));
          return found;
        });
  }

  @Override
  public void deleteAll() {
    MongoFailures.translated(() -> projects.get().deleteMany(new Document()));
  }

  static Document document(ImprovementProjectView project) {
    Document document =
        new Document("_id", project.id().value())
            .append("month", project.month())
            .append("subject", project.subject().name())
            .append("subjectKey", project.subjectKey())
            .append("subjectLabel", project.subjectLabel())
            .append("tickets", project.tickets())
            .append("share", project.share())
            .append("threshold", project.threshold())
            .append("dueOn", project.dueOn().toString())
            .append("status", project.status().name())
            .append("owner", project.owner() == null ? null : project.owner().code())
            .append("lead", project.lead())
            .append("plan", project.plan())
            .append(
                "progress",
                project.progress().stream()
                    .map(
                        note ->
                            new Document("note", note.note())
                                .append("by", actor(note.by()))
                                .append("at", date(note.at())))
                    .toList())
            .append("outcome", project.outcome())
            .append("raisedBy", actor(project.raisedBy()))
            .append("raisedAt", date(project.raisedAt()))
            .append("startedAt", date(project.startedAt()))
            .append("completedAt", date(project.completedAt()))
            .append("version", project.version());
    return document;
  }

  static ImprovementProjectView project(Document document) {
    String owner = document.getString("owner");
    return new ImprovementProjectView(
        ImprovementProjectId.parse(document.getString("_id")),
        document.getString("month"),
        ImprovementSubject.valueOf(document.getString("subject")),
        document.getString("subjectKey"),
        document.getString("subjectLabel"),
        document.get("tickets", Number.class).longValue(),
        document.get("share", Number.class).doubleValue(),
        document.get("threshold", Number.class).doubleValue(),
        LocalDate.parse(document.getString("dueOn")),
        ImprovementStatus.valueOf(document.getString("status")),
        owner == null ? null : new Department(owner),
        document.getString("lead"),
        document.getString("plan"),
        document.getList("progress", Document.class, List.of()).stream()
            .map(
                note ->
                    new ImprovementProjectView.Note(
                        note.getString("note"),
                        actor(note.get("by", Document.class)),
                        instant(note.getDate("at"))))
            .toList(),
        document.getString("outcome"),
        actor(document.get("raisedBy", Document.class)),
        instant(document.getDate("raisedAt")),
        instant(document.getDate("startedAt")),
        instant(document.getDate("completedAt")),
        document.getLong("version"));
  }
}
