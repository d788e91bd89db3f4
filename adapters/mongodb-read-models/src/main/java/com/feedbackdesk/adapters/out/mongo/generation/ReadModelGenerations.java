package com.feedbackdesk.adapters.out.mongo.generation;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.MongoFailures;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Which generation of each read model is active: {@code read_model_generations} holds one document
 * per read model, {@code {_id: "ticket_facts", collection: "ticket_facts__1764614400000"}}; none
 * means the read model's own name. A rebuild fills a new generation while the active one keeps
 * answering, then activates it with one write, which every instance sees within {@link #FRESHNESS}.
 */
public final class ReadModelGenerations {

  public static final String COLLECTION = "read_model_generations";

  /** How long an instance goes on with the generation it knows before it looks again. */
  public static final Duration FRESHNESS = Duration.ofSeconds(2);

  private final MongoDatabase database;
  private final MongoCollection<Document> pointers;
  private final Clock clock;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private record Known(String collection, Instant checkedAt) {}

  public ReadModelGenerations(MongoDatabase database) {
    this(database, Clock.systemUTC());
  }

  ReadModelGenerations(MongoDatabase database, Clock clock) {
    this.database = database;
    this.pointers = MongoCollections.ensure(database, COLLECTION);
    this.clock = clock;
  }

  /** The read model's active generation, as it changes. */
  public ReadModelCollection live(String readModel, Consumer<MongoCollection<Document>> indexes) {
    return new ReadModelCollection(database, () -> active(readModel), indexes);
  }

  /** One fixed collection of a read model: a generation being rebuilt. */
  public ReadModelCollection fixed(String collection, Consumer<MongoCollection<Document>> indexes) {
    return new ReadModelCollection(database, () -> collection, indexes);
  }

  /** The collection of the read model's active generation. */
  public String active(String readModel) {
    Instant now = clock.instant();
    Known current = known.get(readModel);
    if (current != null && current.checkedAt().plus(FRESHNESS).isAfter(now)) {
      return current.collection();
    }
    String collection =
        MongoFailures.translated(
            () -> {
              Document pointer = pointers.find(Filters.eq("_id", readModel)).first();
              return pointer == null ? readModel : pointer.getString("collection");
            });
    known.put(readModel, new Known(collection, now));
    return collection;
  }

  /** A new collection name for the read model's next generation. */
  public String nextGeneration(String readModel) {
    return readModel + "__" + clock.millis();
  }

  /** Makes the collection the read model's active generation, here at once and elsewhere soon. */
  public void activate(String readModel, String collection) {
    MongoFailures.translated(
        () ->
            pointers.replaceOne(
                Filters.eq("_id", readModel),
                new Document("_id", readModel)
                    .append("collection", collection)
                    .append("activatedAt", java.util.Date.from(clock.instant())),
                new ReplaceOptions().upsert(true)));
    known.put(readModel, new Known(collection, clock.instant()));
  }

  /** Drops a generation that is no longer active (the one a rebuild replaced, or gave up). */
  public void drop(String collection) {
    MongoFailures.translated(() -> database.getCollection(collection).drop());
  }
}
